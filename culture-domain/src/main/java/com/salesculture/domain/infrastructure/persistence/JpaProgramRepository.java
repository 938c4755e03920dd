package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProgramRepository implements ProgramRepository {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public Program add(Program program) {
        entityManager.persist(program);
        entityManager.flush(); // assigns the id and surfaces constraint violations inside the caller's transaction
        return program;
    }

    @Override
    public Optional<Program> find(ProgramId id) {
        return Optional.ofNullable(entityManager.find(Program.class, id.value()));
    }

    @Override
    public List<Program> findAll() {
        return entityManager.createQuery("select p from Program p order by p.startedAt desc, p.id desc", Program.class)
                .getResultList();
    }
}
