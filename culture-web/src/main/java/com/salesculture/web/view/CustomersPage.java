package com.salesculture.web.view;

import com.salesculture.web.imports.CsvFile;
import com.salesculture.web.imports.CustomersCsv;
import com.salesculture.workflow.application.CustomerService;
import com.salesculture.workflow.application.CustomerView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/** The customer contacts each salesperson serves, and their CSV import (all rows or none). */
@Named("customersPage")
@ViewScoped
public class CustomersPage implements Serializable {

    private static final int SHOWN_IMPORT_ERRORS = 20;

    @EJB
    private transient CustomerService customers;

    private List<CustomerView> contacts = List.of();
    private List<String> importErrors = List.of();

    public void load() {
        try {
            contacts = customers.customers(null, null);
        } catch (RuntimeException e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    public void upload(FileUploadEvent event) {
        importErrors = List.of();
        byte[] content = event.getFile().getContent();
        try {
            int imported = customers.importAll(CustomersCsv.read(content), CsvFile.sha256(content));
            FacesMessages.info(Texts.text("customers.imported", imported, event.getFile().getFileName()));
        } catch (RuntimeException e) {
            List<String> errors = FacesMessages.messages(e);
            if (errors.isEmpty()) {
                FacesMessages.refused(e, Map.of());
            } else {
                FacesMessages.error(Texts.text("people.import.refused", event.getFile().getFileName()));
                importErrors = errors.subList(0, Math.min(errors.size(), SHOWN_IMPORT_ERRORS));
            }
        }
        load();
    }

    public List<CustomerView> getContacts() {
        return contacts;
    }

    public List<String> getImportErrors() {
        return importErrors;
    }
}
