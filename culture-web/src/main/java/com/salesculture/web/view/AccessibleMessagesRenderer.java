package com.salesculture.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as a valid list: it writes {@code <li role="alert">}, and a list item that is an
 * alert is no list item (axe-core's "list" rule, WCAG 1.3.1). The alert moves to the message text inside
 * the item, so screen readers still announce it. Registered in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            private boolean inItem;
            private boolean announced;

            @Override
            public void startElement(String name, UIComponent component) throws IOException {
                super.startElement(name, component);
                if ("li".equals(name)) {
                    inItem = true;
                } else if (inItem && !announced && "span".equals(name)) {
                    super.writeAttribute("role", "alert", null);
                    super.writeAttribute("aria-atomic", "true", null);
                    announced = true;
                }
            }

            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                boolean itemsAlert = inItem && !announced && ("role".equals(name) || "aria-atomic".equals(name));
                if (!itemsAlert) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, messages, message, severity, escape);
    }
}
