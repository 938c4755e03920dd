package com.salesculture.web.security;

import com.salesculture.web.security.oidc.OidcClient;
import com.salesculture.web.security.oidc.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The company's identity provider, when one is configured ({@code OIDC_*}, README "Single sign-on"):
 * a wrong setting stops the deployment with its name rather than leaving people locked out quietly.
 */
@ApplicationScoped
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    private final Optional<OidcClient> client;

    public SingleSignOn() {
        client = OidcSettings.fromSystemProperties().map(OidcClient::new);
        client.ifPresent(c -> LOG.info(() -> "Single sign-on through " + c.settings().issuer()));
    }

    public Optional<OidcClient> client() {
        return client;
    }

    public boolean enabled() {
        return client.isPresent();
    }
}
