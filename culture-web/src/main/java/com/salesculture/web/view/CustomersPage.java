package com.salesculture.web.view;

import com.salesculture.domain.model.customer.CustomerQuery;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.web.imports.CsvFile;
import com.salesculture.web.imports.CustomersCsv;
import com.salesculture.workflow.application.survey.CustomerService;
import com.salesculture.workflow.application.survey.CustomerView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The customer contacts each salesperson serves, a page at a time from the database (sorted and
 * filtered there), and their CSV import (all rows or none).
 */
@Named("customersPage")
@ViewScoped
public class CustomersPage implements Serializable {

    @EJB
    private CustomerService customers;

    private final LazyDataModel<CustomerView> contacts = new PagedTable<>(this::search, contact -> Long.toString(contact.id()));
    private final FileImport fileImport = new FileImport();

    /** A CSV file chosen on the page: every row or none; the errors are listed with their lines. */
    public void upload(FileUploadEvent event) {
        fileImport.run(event, content -> customers.importAll(CustomersCsv.read(content), CsvFile.sha256(content)),
                "customers.imported");
    }

    public LazyDataModel<CustomerView> getContacts() {
        return contacts;
    }

    public FileImport getFileImport() {
        return fileImport;
    }

    private Page<CustomerView> search(PageRequest page, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        CustomerQuery.Sort field = sort == null ? CustomerQuery.Sort.ORGANISATION
                : CustomerQuery.Sort.valueOf(sort.getField().toUpperCase(Locale.ROOT));
        return customers.customers(new CustomerQuery(null, null, null, Tables.filter(filterBy, "organisation"),
                Tables.filter(filterBy, "salesperson"), field, sort != null && sort.getOrder() == SortOrder.DESCENDING), page);
    }
}
