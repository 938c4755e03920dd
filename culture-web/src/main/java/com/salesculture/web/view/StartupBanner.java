package com.salesculture.web.view;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Tells whoever started the server where to point the browser. */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String url = System.getProperty("culture.public-url", "http://localhost:8080");
        LOG.info(() -> "Sales Culture Program is ready at " + url + event.getServletContext().getContextPath() + "/");
    }
}
