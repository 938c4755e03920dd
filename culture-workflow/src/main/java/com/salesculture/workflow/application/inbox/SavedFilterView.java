package com.salesculture.workflow.application.inbox;

import java.io.Serializable;
import com.salesculture.domain.model.inbox.SavedFilter;

/** A saved inbox filter with the number of tasks it finds now; the criteria use the names of {@code GET /api/tasks}. */
public record SavedFilterView(long id, String name, String scope, String process, Long program, String due,
                              String group, String q, long count) implements Serializable {

    SavedFilterView(SavedFilter filter, long count) {
        this(filter.id(), filter.name(), filter.scope(), filter.processKey(), filter.programId(), filter.due(),
                filter.candidateGroup(), filter.text(), count);
    }
}
