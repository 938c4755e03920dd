package com.salesculture.web.view;

import com.salesculture.domain.model.shared.Validation;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;

/** What the pages do with their lazy tables. */
final class Tables {

    private Tables() {
    }

    /** After a filter changed: the table shows its first page (the page it was on may no longer exist). */
    static void toFirstPage(String clientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** What was typed into a column's filter, stripped; null when nothing was. */
    static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy.get(field);
        return filter == null || filter.getFilterValue() == null ? null
                : Validation.stripped(filter.getFilterValue().toString());
    }
}
