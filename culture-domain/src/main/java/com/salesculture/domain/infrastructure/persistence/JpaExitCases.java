package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.exit.ChecklistItem;
import com.salesculture.domain.model.exit.DocumentSummary;
import com.salesculture.domain.model.exit.ExitCase;
import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.exit.ExitDocument;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaExitCases implements ExitCases {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public ExitCase add(ExitCase exitCase) {
        entityManager.persist(exitCase);
        UniqueRules.write(entityManager);
        return exitCase;
    }

    @Override
    public Optional<ExitCase> find(long id) {
        return Optional.ofNullable(entityManager.find(ExitCase.class, id));
    }

    @Override
    public Optional<ExitCase> runBy(String processInstanceId) {
        return entityManager.createQuery("select c from ExitCase c where c.processInstanceId = :process", ExitCase.class)
                .setParameter("process", processInstanceId).getResultStream().findFirst();
    }

    @Override
    public List<ExitCase> list(ExitStage stage, Long salespersonId) {
        var query = entityManager.createQuery("select c from ExitCase c where 1 = 1"
                + (stage == null ? "" : " and c.stage = :stage")
                + (salespersonId == null ? "" : " and c.salespersonId = :salesperson")
                + " order by c.proposedAt, c.id", ExitCase.class);
        if (stage != null) {
            query.setParameter("stage", stage);
        }
        if (salespersonId != null) {
            query.setParameter("salesperson", salespersonId);
        }
        return query.getResultList();
    }

    @Override
    public ExitDocument addDocument(ExitDocument document) {
        entityManager.persist(document);
        entityManager.flush();
        return document;
    }

    @Override
    public List<DocumentSummary> documents(long caseId) {
        return entityManager.createQuery("select new " + DocumentSummary.class.getName()
                        + "(d.id, d.name, d.contentType, d.sha256, d.uploadedBy, d.uploadedAt) from ExitDocument d"
                        + " where d.caseId = :case order by d.uploadedAt, d.id", DocumentSummary.class)
                .setParameter("case", caseId).getResultList();
    }

    @Override
    public Page<ExitCase> visible(ExitStage stage, Reader reader, PageRequest page) {
        String where = " where 1 = 1" + (stage == null ? "" : " and c.stage = :stage")
                + (reader.seesAll() ? "" : " and (c.proposer = :user or c.approver = :user"
                + (reader.executive() ? " or c.stage = :waiting" : "") + ")");
        var rows = entityManager.createQuery("select c from ExitCase c" + where + " order by c.proposedAt desc, c.id desc",
                ExitCase.class);
        var count = entityManager.createQuery("select count(c) from ExitCase c" + where, Long.class);
        for (jakarta.persistence.TypedQuery<?> query : List.of(rows, count)) {
            if (stage != null) {
                query.setParameter("stage", stage);
            }
            if (!reader.seesAll()) {
                query.setParameter("user", reader.username());
                if (reader.executive()) {
                    query.setParameter("waiting", ExitStage.EXECUTIVE_APPROVAL);
                }
            }
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @Override
    public Optional<ExitDocument> document(long caseId, long documentId) {
        return Optional.ofNullable(entityManager.find(ExitDocument.class, documentId))
                .filter(document -> document.caseId() == caseId);
    }

    @Override
    public void addItems(List<ChecklistItem> items) {
        items.forEach(entityManager::persist);
        entityManager.flush();
    }

    @Override
    public List<ChecklistItem> checklist(long caseId) {
        return entityManager.createQuery("select i from ChecklistItem i where i.caseId = :case order by i.id",
                ChecklistItem.class).setParameter("case", caseId).getResultList();
    }
}
