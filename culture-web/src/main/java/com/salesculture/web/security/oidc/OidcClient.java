package com.salesculture.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.salesculture.domain.model.people.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relying party's side of OpenID Connect with one provider: the authorization code flow with PKCE
 * for people in a browser ({@link #begin}, {@link #finish}), and checking the API's bearer tokens
 * ({@link #bearer}). The provider's endpoints are read from its discovery document on first use, its
 * signing keys (JWKS) are cached. Thread-safe; one per {@link OidcSettings}.
 */
public final class OidcClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Keys are fetched again for a token whose key id is unknown (the provider rotated), but not more often. */
    private static final Duration KEY_REFETCH_INTERVAL = Duration.ofSeconds(10);
    private static final int CLOCK_SKEW_SECONDS = 60;
    private static final Set<JWSAlgorithm> ALGORITHMS = algorithms();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Endpoints(URI authorization, URI token, URI jwks) {
    }

    private final OidcSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Endpoints endpoints;
    private volatile JWKSet keys;
    private long nextKeyFetch = System.nanoTime(); // guarded by this

    public OidcClient(OidcSettings settings) {
        this.settings = settings;
    }

    public OidcSettings settings() {
        return settings;
    }

    /** Starts a sign-in: where to send the browser, and what to keep in the session until it comes back. */
    public AuthorizationRequest begin(String redirectUri) {
        String state = random();
        String nonce = random();
        String verifier = random();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid profile email");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", base64Url(sha256(verifier)));
        query.put("code_challenge_method", "S256");
        String authorization = endpoints().authorization().toString();
        URI url = URI.create(authorization + (authorization.contains("?") ? "&" : "?") + form(query));
        return new AuthorizationRequest(state, nonce, verifier, redirectUri, url);
    }

    /**
     * Exchanges the code from the provider's redirect for tokens and verifies the ID token. The caller has
     * already matched the redirect's {@code state} to {@code request.state()}.
     */
    public Identity finish(String code, AuthorizationRequest request) {
        if (code == null || code.isBlank()) {
            throw new OidcException("no authorization code");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", request.redirectUri());
        form.put("code_verifier", request.codeVerifier());
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoints().token()).timeout(TIMEOUT)
                .header("Authorization", "Basic " + clientCredentials())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(), "token endpoint");
        if (response.statusCode() != 200) {
            throw new OidcException("token endpoint refused the code (HTTP " + response.statusCode() + ")"
                    + errorCode(response.body()));
        }
        Map<String, Object> tokens = json(response.body(), "token response");
        if (!(tokens.get("id_token") instanceof String idToken)) {
            throw new OidcException("token response without an id_token");
        }
        JWTClaimsSet exact = new JWTClaimsSet.Builder().issuer(settings.issuer()).claim("nonce", request.nonce()).build();
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(Set.of(settings.clientId()), exact, Set.of("sub", "exp"), null);
        return identity(verify(idToken, claims, "ID token"));
    }

    /** Checks a bearer token of the API: a JWT the provider signed, for this application, not expired. */
    public Identity bearer(String accessToken) {
        JWTClaimsSet exact = new JWTClaimsSet.Builder().issuer(settings.issuer()).build();
        // no accepted audience here: providers put either our client id in aud, or only in azp (checked below)
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(null, exact, Set.of("sub", "exp"), null);
        JWTClaimsSet verified = verify(accessToken, claims, "bearer token");
        List<String> audience = verified.getAudience();
        if (!audience.contains(settings.clientId()) && !settings.clientId().equals(verified.getClaim("azp"))) {
            throw new OidcException("bearer token refused: issued for another client");
        }
        return identity(verified);
    }

    private JWTClaimsSet verify(String token, DefaultJWTClaimsVerifier<SecurityContext> claims, String what) {
        if (token == null || token.isBlank()) {
            throw new OidcException(what + " missing");
        }
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // access tokens may be typed "at+jwt" (RFC 9068); unsigned and encrypted tokens are refused
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, this::signingKeys));
        processor.setJWTClaimsSetVerifier(claims);
        try {
            return processor.process(token, null);
        } catch (ParseException e) {
            throw new OidcException(what + " refused: not a JWT"); // no cause: its message may quote the token
        } catch (BadJOSEException e) {
            throw new OidcException(what + " refused: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new OidcException(what + " not verified: " + e.getMessage(), e);
        }
    }

    private Identity identity(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        String username = claims.getClaim(settings.usernameClaim()) instanceof String u && !u.isBlank() ? u : subject;
        username = username.strip().toLowerCase(Locale.ROOT);
        String name = claims.getClaim("name") instanceof String n && !n.isBlank() ? n.strip() : username;
        String email = claims.getClaim("email") instanceof String e && !e.isBlank() ? e.strip() : null;
        String language = claims.getClaim("locale") instanceof String l && l.toLowerCase(Locale.ROOT).startsWith("de")
                ? "de" : "en";
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claimValues(claims, settings.rolesClaim())) {
            roles.addAll(settings.roleMap().getOrDefault(value, Set.of()));
        }
        return new Identity(subject, username, name, email, language, roles, claims.getExpirationTime().toInstant());
    }

    /** The string values of a claim; a dotted name reaches into objects unless a claim has that very name. */
    static List<String> claimValues(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (value == null && name.contains(".")) {
            value = claims.getClaims();
            for (String part : name.split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(part) : null;
            }
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }

    /** The JWKSource of the key selector: the cached keys, fetched again when none matches (rotation). */
    private List<JWK> signingKeys(JWKSelector selector, SecurityContext context) throws KeySourceException {
        JWKSet known = keys;
        List<JWK> found = known == null ? List.of() : selector.select(known);
        return found.isEmpty() ? selector.select(refetchKeys(known)) : found;
    }

    private synchronized JWKSet refetchKeys(JWKSet known) throws KeySourceException {
        if (keys != known) {
            return keys; // another thread has just fetched them
        }
        long now = System.nanoTime();
        if (now - nextKeyFetch < 0) {
            // a forged key id must not make us hammer the provider
            if (keys == null) {
                throw new KeySourceException("the provider's signing keys are unavailable");
            }
            return keys;
        }
        nextKeyFetch = now + KEY_REFETCH_INTERVAL.toNanos();
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(endpoints().jwks()).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), "JWKS");
            if (response.statusCode() != 200) {
                throw new KeySourceException("JWKS answered HTTP " + response.statusCode());
            }
            keys = JWKSet.parse(response.body());
            return keys;
        } catch (ParseException e) {
            throw new KeySourceException("the provider's JWKS is not valid", e);
        } catch (OidcException e) {
            throw new KeySourceException(e.getMessage(), e);
        }
    }

    /** The provider's endpoints from its discovery document, read once; a failure is retried on the next call. */
    private Endpoints endpoints() {
        Endpoints known = endpoints;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (endpoints == null) {
                String base = settings.issuer().endsWith("/")
                        ? settings.issuer().substring(0, settings.issuer().length() - 1) : settings.issuer();
                HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(base + "/.well-known/openid-configuration")).timeout(TIMEOUT)
                        .header("Accept", "application/json").GET().build(), "discovery");
                if (response.statusCode() != 200) {
                    throw new OidcException("discovery answered HTTP " + response.statusCode());
                }
                Map<String, Object> metadata = json(response.body(), "discovery document");
                // the document must speak for the issuer we trust, or its keys would vouch for another one
                if (!settings.issuer().equals(metadata.get("issuer"))) {
                    throw new OidcException("discovery names issuer \"" + metadata.get("issuer") + "\", expected \""
                            + settings.issuer() + "\"");
                }
                endpoints = new Endpoints(uri(metadata, "authorization_endpoint"), uri(metadata, "token_endpoint"),
                        uri(metadata, "jwks_uri"));
            }
            return endpoints;
        }
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OidcException(what + ": provider unreachable (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException(what + ": interrupted", e);
        }
    }

    private static Map<String, Object> json(String body, String what) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new OidcException(what + " is not a JSON object"); // no cause: the body may hold tokens
        }
    }

    /** The OAuth error code of an error answer, if well-formed: nothing else the provider said goes into a message. */
    private static String errorCode(String body) {
        try {
            return JSONObjectUtils.parse(body).get("error") instanceof String e && e.matches("[a-z_]{1,40}") ? ": " + e : "";
        } catch (ParseException e) {
            return "";
        }
    }

    private static URI uri(Map<String, Object> metadata, String name) {
        try {
            URI uri = JSONObjectUtils.getURI(metadata, name);
            if (uri == null) {
                throw new OidcException("discovery document without " + name);
            }
            return uri;
        } catch (ParseException e) {
            throw new OidcException("discovery document: " + name + " is not a URI");
        }
    }

    /** client_secret_basic: both parts form-encoded first (RFC 6749 §2.3.1). */
    private String clientCredentials() {
        String pair = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** 256 random bits, base64url: for state, nonce and the PKCE verifier (43 characters, as RFC 7636 asks). */
    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return base64Url(bytes);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RSA and EC signatures; never HMAC (our client secret would then sign tokens) nor "none". */
    private static Set<JWSAlgorithm> algorithms() {
        Set<JWSAlgorithm> algorithms = new HashSet<>(JWSAlgorithm.Family.RSA);
        algorithms.addAll(JWSAlgorithm.Family.EC);
        return Set.copyOf(algorithms);
    }
}
