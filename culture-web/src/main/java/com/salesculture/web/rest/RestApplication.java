package com.salesculture.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}, for integrations and tests, with the users and roles of the UI. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
