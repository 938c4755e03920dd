package com.salesculture.web.security.oidc;

/**
 * A sign-in through the OpenID provider failed: a refused or unverifiable token, an unreachable provider,
 * an error from its token endpoint. The message is short and safe to log: it never contains a token.
 */
public class OidcException extends RuntimeException {

    public OidcException(String message) {
        super(message);
    }

    public OidcException(String message, Throwable cause) {
        super(message, cause);
    }
}
