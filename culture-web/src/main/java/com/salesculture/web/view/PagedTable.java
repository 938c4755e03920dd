package com.salesculture.web.view;

import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.web.view.exceptionhandler.RefusalExceptionHandler;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table that asks a service for one page at a time (sorted, filtered and counted in the
 * database), so a page never holds a whole list however large it grows.
 */
final class PagedTable<T> extends LazyDataModel<T> {

    /** Reads one page with the table's sort and filters. */
    @FunctionalInterface
    interface Reader<T> extends Serializable {
        Page<T> read(PageRequest page, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy);
    }

    /** Names a row (ajax requests find it by this key). */
    @FunctionalInterface
    interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Reader<T> reader;
    private final Key<T> key;

    PagedTable(Reader<T> reader, Key<T> key) {
        this.reader = reader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) reader.read(PageRequest.first(1), Map.of(), filterBy).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            Page<T> page = reader.read(new PageRequest(first / pageSize, pageSize), sortBy, filterBy);
            setRowCount((int) page.total());
            return page.items();
        } catch (RuntimeException e) {
            RefusalExceptionHandler.say(e); // rows are read while the page renders, past the handler
            setRowCount(0);
            return List.of();
        }
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }
}
