package com.salesculture.domain.model.program;

import com.salesculture.domain.model.shared.NotFoundException;
import java.util.List;
import java.util.Optional;

/** The store of programmes. */
public interface ProgramRepository {

    /** Stores a new programme and assigns its id. */
    Program add(Program program);

    Optional<Program> find(ProgramId id);

    default Program require(ProgramId id) {
        return find(id).orElseThrow(() -> new NotFoundException("program.notFound", id));
    }

    /** Newest first. */
    List<Program> findAll();
}
