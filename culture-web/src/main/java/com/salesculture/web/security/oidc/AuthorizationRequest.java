package com.salesculture.web.security.oidc;

import java.io.Serializable;
import java.net.URI;

/**
 * One sign-in under way, from {@link OidcClient#begin} to {@link OidcClient#finish}: kept in the browser's
 * session (hence serializable) while the person is at the provider. {@code state} ties the callback to this
 * session, {@code nonce} the ID token to this sign-in, {@code codeVerifier} the code to whoever asked for it.
 */
public record AuthorizationRequest(String state, String nonce, String codeVerifier, String redirectUri,
                                   URI authorizeUrl) implements Serializable {

    /** Without the secrets: a record prints all its fields, and this one may end up in a log. */
    @Override
    public String toString() {
        return "AuthorizationRequest[redirectUri=" + redirectUri + "]";
    }
}
