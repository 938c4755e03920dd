package com.salesculture.domain.model.inbox;

import java.util.List;
import java.util.Optional;

/** The saved inbox filters, each visible only to its owner. */
public interface SavedFilters {

    /** @throws com.salesculture.domain.model.shared.ConflictException if the owner has a filter of that name */
    SavedFilter add(SavedFilter filter);

    List<SavedFilter> of(String owner);

    Optional<SavedFilter> find(String owner, long id);

    void remove(SavedFilter filter);
}
