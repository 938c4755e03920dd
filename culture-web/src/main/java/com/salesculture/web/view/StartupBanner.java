package com.salesculture.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** Tells whoever started the server where to point the browser, once the engine is up. */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @PostConstruct
    void announce() {
        String url = System.getProperty("culture.public-url", "http://localhost:8080");
        LOG.info(() -> "Sales Culture Program is ready at " + url + "/ (demo users: see README, password demo)");
    }
}
