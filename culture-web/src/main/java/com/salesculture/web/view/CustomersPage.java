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

    @EJB
    private transient CustomerService customers;

    private List<CustomerView> contacts = List.of();
    private final FileImport fileImport = new FileImport();

    public void load() {
        try {
            contacts = customers.customers(null, null);
        } catch (RuntimeException e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    /** A CSV file chosen on the page: every row or none; the errors are listed with their lines. */
    public void upload(FileUploadEvent event) {
        fileImport.run(event, content -> customers.importAll(CustomersCsv.read(content), CsvFile.sha256(content)),
                "customers.imported");
        load();
    }

    public List<CustomerView> getContacts() {
        return contacts;
    }

    public FileImport getFileImport() {
        return fileImport;
    }
}
