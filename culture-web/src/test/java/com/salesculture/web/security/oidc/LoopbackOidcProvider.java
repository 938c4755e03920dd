package com.salesculture.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real OpenID provider on loopback, for tests: discovery, JWKS, the authorization code flow with PKCE
 * and signed RS256 tokens, for one client. There is no sign-in form: the test says who is at the keyboard
 * ({@link #signInAs}), and {@code /authorize} sends that person straight back with a code.
 * Also mints access tokens for API tests, valid or not ({@link #accessToken}, {@link #expiredAccessToken},
 * {@link #foreignSignedAccessToken}).
 */
public final class LoopbackOidcProvider implements AutoCloseable {

    /** A person known to the provider; {@code groups} become the {@code groups} claim. */
    public record User(String username, String name, String email, String locale, List<String> groups) {
        public User {
            Objects.requireNonNull(username, "username");
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        /** A stable subject per username, as a provider's would be. */
        String subject() {
            return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Grant(User user, String redirectUri, String codeChallenge, String nonce, Instant expiresAt) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String clientId;
    private final String clientSecret;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final AtomicInteger authorizeRequests = new AtomicInteger();
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private volatile User signedIn;

    private LoopbackOidcProvider(HttpServer server, String clientId, String clientSecret) {
        this.server = server;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.key = newKey("loopback-" + UUID.randomUUID());
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "loopback-oidc");
            thread.setDaemon(true); // a forgotten close() must not keep the test JVM alive
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/.well-known/openid-configuration", handler(this::discovery));
        server.createContext("/jwks", handler(exchange -> {
            jwksRequests.incrementAndGet();
            json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
        }));
        server.createContext("/authorize", handler(this::authorize));
        server.createContext("/token", handler(this::token));
    }

    /** Starts a provider on 127.0.0.1; port 0 takes any free port. */
    public static LoopbackOidcProvider start(int port, String clientId, String clientSecret) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            LoopbackOidcProvider provider = new LoopbackOidcProvider(server, clientId, clientSecret);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The person whom the next {@code /authorize} signs in; null: nobody, {@code /authorize} answers 400. */
    public void signInAs(User user) {
        this.signedIn = user;
    }

    /** How many {@code /authorize} requests were served, refused ones included. */
    public int authorizeRequests() {
        return authorizeRequests.get();
    }

    /** How many times the signing keys ({@code /jwks}) were fetched. */
    public int jwksRequests() {
        return jwksRequests.get();
    }

    public String accessToken(User user) {
        return sign(key, accessClaims(user, Instant.now(), TOKEN_LIFETIME));
    }

    public String expiredAccessToken(User user) {
        return sign(key, accessClaims(user, Instant.now().minus(Duration.ofMinutes(20)), Duration.ofMinutes(10)));
    }

    /** Same claims and key id as a valid token, but signed with a key that is not the provider's. */
    public String foreignSignedAccessToken(User user) {
        return sign(newKey(key.getKeyID()), accessClaims(user, Instant.now(), TOKEN_LIFETIME));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        metadata.put("scopes_supported", List.of("openid", "profile", "email"));
        json(exchange, 200, JSONObjectUtils.toJSONString(metadata));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        authorizeRequests.incrementAndGet();
        if (!"GET".equals(exchange.getRequestMethod())) {
            text(exchange, 405, "GET only");
            return;
        }
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        String problem = !clientId.equals(query.get("client_id")) ? "unknown client_id"
                : !"code".equals(query.get("response_type")) ? "response_type must be code"
                : redirectUri == null || redirectUri.isBlank() ? "redirect_uri missing"
                : query.get("code_challenge") == null || !"S256".equals(query.get("code_challenge_method"))
                ? "a PKCE code_challenge with method S256 is required" : null;
        if (problem != null) {
            text(exchange, 400, "Bad authorization request: " + problem);
            return;
        }
        User user = signedIn;
        if (user == null) {
            text(exchange, 400, "Nobody is signed in at the loopback OpenID provider: the test calls signInAs(user) first");
            return;
        }
        String code = random();
        codes.put(code, new Grant(user, redirectUri, query.get("code_challenge"), query.get("nonce"),
                Instant.now().plus(CODE_LIFETIME)));
        String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + encode(code)
                + (query.get("state") == null ? "" : "&state=" + encode(query.get("state")));
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            text(exchange, 405, "POST only");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!clientAuthenticated(exchange.getRequestHeaders().getFirst("Authorization"), form)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"loopback\"");
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            json(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        Grant grant = form.get("code") == null ? null : codes.remove(form.get("code")); // single use
        String verifier = form.get("code_verifier");
        if (grant == null || grant.expiresAt().isBefore(Instant.now())
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || verifier == null || !grant.codeChallenge().equals(s256(verifier))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder id = userClaims(grant.user(), now, TOKEN_LIFETIME).claim("locale", grant.user().locale());
        if (grant.nonce() != null) {
            id.claim("nonce", grant.nonce());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", sign(key, accessClaims(grant.user(), now, TOKEN_LIFETIME)));
        answer.put("id_token", sign(key, id.build()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", TOKEN_LIFETIME.toSeconds());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        json(exchange, 200, JSONObjectUtils.toJSONString(answer));
    }

    /** client_secret_basic (both parts form-encoded, RFC 6749 §2.3.1) or client_secret_post. */
    private boolean clientAuthenticated(String authorization, Map<String, String> form) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = pair.indexOf(':');
            return colon > 0 && clientId.equals(decode(pair.substring(0, colon)))
                    && clientSecret.equals(decode(pair.substring(colon + 1)));
        }
        return clientId.equals(form.get("client_id")) && clientSecret.equals(form.get("client_secret"));
    }

    private JWTClaimsSet.Builder userClaims(User user, Instant issuedAt, Duration lifetime) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(user.subject())
                .audience(clientId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .claim("preferred_username", user.username())
                .claim("name", user.name())
                .claim("email", user.email())
                .claim("groups", user.groups());
    }

    private JWTClaimsSet accessClaims(User user, Instant issuedAt, Duration lifetime) {
        return userClaims(user, issuedAt, lifetime).claim("azp", clientId).jwtID(random()).build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** Closes every exchange, and answers 500 rather than leaving the client hanging when a handler throws. */
    private static HttpHandler handler(Handler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                if (exchange.getResponseCode() == -1) {
                    text(exchange, 500, "Loopback OpenID provider failed: " + e);
                }
            } finally {
                exchange.close();
            }
        };
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                }
            }
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
