package com.salesculture.web.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.salesculture.domain.model.people.Role;
import com.salesculture.web.security.oidc.LoopbackOidcProvider.User;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OidcClientTest {

    private static final String CALLBACK = "http://localhost:8080/culture/oidc/callback";
    private static final String ROLE_MAP = "sales-leaders=sales-leader,hr-team=hr,execs=executive;admin";
    private static final User LENA = new User("Lena.Berg ", "Lena Berg", "lena.berg@example.com", "de-DE",
            List.of("sales-leaders", "coffee-club"));
    private static final User OMAR = new User("omar", "Omar Haddad", "omar@example.com", "en-GB",
            List.of("execs", "hr-team"));

    private static LoopbackOidcProvider provider;
    private static OidcClient client;
    private final HttpClient browser = HttpClient.newHttpClient(); // follows no redirects by default

    @BeforeAll
    static void startProvider() {
        provider = LoopbackOidcProvider.start(0, "culture", "s3cret");
        client = new OidcClient(settings(provider.issuer(), "culture"));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    private static OidcSettings settings(String issuer, String clientId) {
        return OidcSettings.from(Map.of("culture.oidc.issuer", issuer, "culture.oidc.client-id", clientId,
                "culture.oidc.client-secret", "s3cret", "culture.oidc.role-map", ROLE_MAP)::get).orElseThrow();
    }

    @Test
    @DisplayName("Code flow with PKCE: the authorize URL, the redirect with code and state, the verified identity with mapped roles")
    void codeFlow() throws Exception {
        provider.signInAs(LENA);
        AuthorizationRequest request = client.begin(CALLBACK);

        Map<String, String> query = query(request.authorizeUrl());
        assertThat(request.authorizeUrl().toString()).startsWith(provider.issuer() + "/authorize?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "culture")
                .containsEntry("redirect_uri", CALLBACK).containsEntry("scope", "openid profile email")
                .containsEntry("state", request.state()).containsEntry("nonce", request.nonce())
                .containsEntry("code_challenge_method", "S256").containsKey("code_challenge");
        assertThat(query.get("code_challenge")).isNotEqualTo(request.codeVerifier());
        assertThat(request.toString()).doesNotContain(request.codeVerifier());

        Identity identity = client.finish(authorize(request), request);

        assertThat(identity.username()).isEqualTo("lena.berg");
        assertThat(identity.name()).isEqualTo("Lena Berg");
        assertThat(identity.email()).isEqualTo("lena.berg@example.com");
        assertThat(identity.language()).isEqualTo("de");
        assertThat(identity.roles()).containsExactly(Role.SALES_LEADER); // coffee-club is not in the map
        assertThat(identity.subject()).isNotBlank();
        assertThat(identity.expiresAt()).isAfter(Instant.now());
    }

    @Test
    @DisplayName("Whoever the provider signs in next gets the roles their groups map to")
    void rolesFollowTheProvidersGroups() throws Exception {
        provider.signInAs(OMAR);
        AuthorizationRequest request = client.begin(CALLBACK);
        Identity identity = client.finish(authorize(request), request);

        assertThat(identity.username()).isEqualTo("omar");
        assertThat(identity.language()).isEqualTo("en");
        assertThat(identity.roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.ADMIN, Role.HR);
    }

    @Test
    @DisplayName("The token endpoint refuses a wrong PKCE verifier and a code used twice")
    void wrongVerifierAndReusedCode() throws Exception {
        provider.signInAs(LENA);
        AuthorizationRequest request = client.begin(CALLBACK);
        String code = authorize(request);
        AuthorizationRequest forged = new AuthorizationRequest(request.state(), request.nonce(), "a".repeat(43),
                request.redirectUri(), request.authorizeUrl());

        assertThatThrownBy(() -> client.finish(code, forged))
                .isInstanceOf(OidcException.class).hasMessageContaining("invalid_grant").hasMessageNotContaining(code);

        AuthorizationRequest another = client.begin(CALLBACK);
        String used = authorize(another);
        client.finish(used, another);
        assertThatThrownBy(() -> client.finish(used, another)).isInstanceOf(OidcException.class)
                .hasMessageContaining("invalid_grant");
    }

    @Test
    @DisplayName("An ID token whose nonce is not the sign-in's own is refused")
    void nonceMismatch() throws Exception {
        provider.signInAs(LENA);
        AuthorizationRequest request = client.begin(CALLBACK);
        String code = authorize(request);
        AuthorizationRequest otherNonce = new AuthorizationRequest(request.state(), "another-nonce",
                request.codeVerifier(), request.redirectUri(), request.authorizeUrl());

        assertThatThrownBy(() -> client.finish(code, otherNonce)).isInstanceOf(OidcException.class)
                .hasMessageStartingWith("ID token refused");
    }

    @Test
    @DisplayName("Without anyone signed in, the provider answers /authorize with 400 and counts the request")
    void nobodySignedIn() throws Exception {
        try (LoopbackOidcProvider empty = LoopbackOidcProvider.start(0, "culture", "s3cret")) {
            AuthorizationRequest request = new OidcClient(settings(empty.issuer(), "culture")).begin(CALLBACK);
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(request.authorizeUrl()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("signInAs");
            assertThat(empty.authorizeRequests()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("A bearer token of the provider for this client is accepted, with the person's roles")
    void bearer() {
        Identity identity = client.bearer(provider.accessToken(OMAR));

        assertThat(identity.username()).isEqualTo("omar");
        assertThat(identity.name()).isEqualTo("Omar Haddad");
        assertThat(identity.roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.ADMIN, Role.HR);
    }

    @Test
    @DisplayName("Expired, foreign-signed, other-audience and malformed bearer tokens are refused, the token never in the message")
    void badBearerTokens() {
        String expired = provider.expiredAccessToken(LENA);
        assertThatThrownBy(() -> client.bearer(expired)).isInstanceOf(OidcException.class)
                .hasMessageContaining("Expired JWT").hasMessageNotContaining(expired);

        String foreign = provider.foreignSignedAccessToken(LENA);
        assertThatThrownBy(() -> client.bearer(foreign)).isInstanceOf(OidcException.class)
                .hasMessageContaining("signature").hasMessageNotContaining(foreign);

        OidcClient otherApp = new OidcClient(settings(provider.issuer(), "other-app"));
        String forCulture = provider.accessToken(LENA);
        assertThatThrownBy(() -> otherApp.bearer(forCulture)).isInstanceOf(OidcException.class)
                .hasMessageContaining("another client");

        assertThatThrownBy(() -> client.bearer("not.a.jwt")).isInstanceOf(OidcException.class)
                .hasMessageNotContaining("not.a.jwt");
        assertThatThrownBy(() -> client.bearer(null)).isInstanceOf(OidcException.class);
    }

    @Test
    @DisplayName("A token naming an unknown key id does not make the client fetch the keys again within 10 s")
    void unknownKeyIdIsThrottled() throws Exception {
        OidcClient fresh = new OidcClient(settings(provider.issuer(), "culture"));
        fresh.bearer(provider.accessToken(LENA));
        int fetched = provider.jwksRequests();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("forged-kid").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forged-kid").build(),
                new JWTClaimsSet.Builder().issuer(provider.issuer()).subject("x").audience("culture")
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        forged.sign(new RSASSASigner(stranger));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> fresh.bearer(forged.serialize())).isInstanceOf(OidcException.class);
        }
        assertThat(provider.jwksRequests()).isEqualTo(fetched);
    }

    @Test
    @DisplayName("The roles claim: a list or a single value, a dotted path into objects, or a claim whose name has dots")
    void rolesClaimPaths() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("realm_access", Map.of("roles", List.of("execs", "hr-team")))
                .claim("https://example.com/roles", "sales-leaders")
                .claim("groups", List.of("a", 7, "b")).build();

        assertThat(OidcClient.claimValues(claims, "realm_access.roles")).containsExactly("execs", "hr-team");
        assertThat(OidcClient.claimValues(claims, "https://example.com/roles")).containsExactly("sales-leaders");
        assertThat(OidcClient.claimValues(claims, "groups")).containsExactly("a", "b");
        assertThat(OidcClient.claimValues(claims, "realm_access.missing")).isEmpty();
        assertThat(OidcClient.claimValues(claims, "absent")).isEmpty();
    }

    @Test
    @DisplayName("A provider whose discovery names another issuer, or none reachable, gives an OidcException")
    void discoveryProblems() {
        String otherSpelling = "http://localhost:" + provider.port(); // same server, not the issuer it names
        assertThatThrownBy(() -> new OidcClient(settings(otherSpelling, "culture")).begin(CALLBACK))
                .isInstanceOf(OidcException.class).hasMessageContaining("issuer");

        String gone;
        try (LoopbackOidcProvider closed = LoopbackOidcProvider.start(0, "culture", "s3cret")) {
            gone = closed.issuer();
        }
        OidcClient unreachable = new OidcClient(settings(gone, "culture"));
        assertThatThrownBy(() -> unreachable.begin(CALLBACK)).isInstanceOf(OidcException.class)
                .hasMessageContaining("unreachable");
        assertThatThrownBy(() -> unreachable.bearer(provider.accessToken(LENA))).isInstanceOf(OidcException.class);
    }

    @Test
    @DisplayName("Settings: defaults, the role map, an unknown role named in the error, no issuer means SSO off")
    void settings() {
        Map<String, String> properties = new HashMap<>(Map.of("culture.oidc.issuer", "https://sso.example.com/realms/x",
                "culture.oidc.client-id", "culture", "culture.oidc.client-secret", "s3cret",
                "culture.oidc.role-map", " sales-leaders = sales-leader , execs=executive;admin,,"));
        OidcSettings settings = OidcSettings.from(properties::get).orElseThrow();

        assertThat(settings.rolesClaim()).isEqualTo("groups");
        assertThat(settings.usernameClaim()).isEqualTo("preferred_username");
        assertThat(settings.roleMap()).isEqualTo(Map.of("sales-leaders", Set.of(Role.SALES_LEADER),
                "execs", Set.of(Role.EXECUTIVE, Role.ADMIN)));
        assertThat(settings.toString()).doesNotContain("s3cret");

        properties.put("culture.oidc.roles-claim", "realm_access.roles");
        assertThat(OidcSettings.from(properties::get).orElseThrow().rolesClaim()).isEqualTo("realm_access.roles");

        properties.put("culture.oidc.role-map", "execs=executive;boss");
        assertThatThrownBy(() -> OidcSettings.from(properties::get)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"boss\"").hasMessageContaining("culture.oidc.role-map");

        properties.remove("culture.oidc.client-id");
        assertThatThrownBy(() -> OidcSettings.from(properties::get)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("culture.oidc.client-id");

        assertThat(OidcSettings.from(Map.of("culture.oidc.issuer", " ")::get)).isEmpty();
        assertThat(OidcSettings.from(name -> null)).isEmpty();
    }

    /** The browser's round trip to the provider: GET the authorize URL, take code and state from the redirect. */
    private String authorize(AuthorizationRequest request) throws Exception {
        int before = provider.authorizeRequests();
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(request.authorizeUrl()).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(provider.authorizeRequests()).isEqualTo(before + 1);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(CALLBACK + "?");
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("state", request.state());
        return query.get("code");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
