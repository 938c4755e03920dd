package com.salesculture.web.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

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
}
