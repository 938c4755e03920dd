package com.salesculture.web.security;

import com.salesculture.domain.infrastructure.persistence.SharedSignInFailures;
import com.salesculture.domain.infrastructure.persistence.SignInFailures;
import com.salesculture.domain.model.shared.Message;
import com.salesculture.web.cluster.ClusterMembership;
import com.salesculture.web.security.oidc.AuthorizationRequest;
import com.salesculture.web.security.oidc.Identity;
import com.salesculture.web.security.oidc.OidcClient;
import com.salesculture.web.security.oidc.OidcException;
import com.salesculture.workflow.application.people.AccountService;
import com.salesculture.workflow.application.people.SignInState;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One mechanism for both channels (Jakarta Security allows one per application):
 * <ul>
 * <li>{@code /api/*}: HTTP Basic on every call; missing or wrong credentials get 401 with
 * {@code WWW-Authenticate}, never a redirect, and no session is created. A signed-in browser
 * session is accepted for reads only (GET/HEAD), so a forged cross-site request cannot change state.</li>
 * <li>pages: the login form posts to {@code j_security_check}; the session then carries the caller.
 * Anonymous requests for a protected page are sent to the login page and brought back afterwards.</li>
 * <li>with single sign-on configured ({@link SingleSignOn}): {@code /sso/start} sends the browser to the
 * company's identity provider (authorization code flow with PKCE), {@code /sso/callback} signs them in;
 * the API also accepts the provider's bearer tokens.</li>
 * </ul>
 * Every request reads the account as it is now ({@link AccountService#state}): roles changed by an
 * admin count at the next request, and a disabled account (or one whose password was changed since)
 * is refused at once, its session ended. Sessions also end after {@link SessionLimits}.
 */
@ApplicationScoped
public class CultureAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** One factory: {@code Json.createObjectBuilder} looks the provider up through the ServiceLoader each time. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String LOGIN_ACTION = "/j_security_check";
    private static final String SAVED_REQUEST = "culture.saved-request";
    private static final String SSO_REQUEST = "culture.sso-request";
    private static final Logger LOG = Logger.getLogger(CultureAuthenticationMechanism.class.getName());

    @EJB
    private AccountService accounts;

    @Inject
    private SingleSignOn singleSignOn;

    /** Basic credentials are checked on every call; a PBKDF2 check per call is too slow for an inbox. */
    private final CredentialCache verifiedCredentials = new CredentialCache();

    @Inject
    private SharedSignInFailures clusterFailures;

    private SignInThrottle throttle;

    private final SessionLimits sessionLimits = SessionLimits.fromSystemProperties();

    /**
     * Every refused sign-in takes at least this long, whether the account exists or not (an unknown
     * one is checked against a decoy hash): the answer's timing tells nobody which names are accounts.
     */
    private static final long FAILURE_MILLIS = 250;

    /** A cluster's nodes count failed sign-ins together, so a caller meets the same brakes on each. */
    @PostConstruct
    void brakes() {
        throttle = new SignInThrottle(Clock.systemUTC(), ClusterMembership.clustered() ? clusterFailures
                : SignInFailures.inMemory());
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        if (LOGIN_ACTION.equals(path) && "POST".equals(request.getMethod())) {
            return formLogin(request, context);
        }
        if (path.startsWith("/sso/") && singleSignOn.enabled()) {
            OidcClient provider = singleSignOn.client().orElseThrow();
            return "/sso/callback".equals(path) ? ssoCallback(provider, request, context)
                    : ssoStart(provider, request, context);
        }
        Optional<SignInState> session = sessionCaller(request);
        if (session.isPresent()) {
            return context.notifyContainerAboutLogin(session.get().username(), session.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basicCredential(authorization.substring(6));
            // a credential verified within the minute is no guess: it skips the brakes' one-at-a-time queue,
            // so an integration's parallel calls do not wait for each other (a locked account still waits)
            Optional<SignInState> known = throttle.wait(credential.getCaller(), request.getRemoteAddr()).isPresent()
                    ? Optional.empty() : verifiedCredentials.known(credential, accounts);
            if (known.isPresent()) {
                return context.notifyContainerAboutLogin(known.get().username(), known.get().groups());
            }
            Attempt attempt = attempt(credential, request, c -> verifiedCredentials.validate(c, accounts));
            if (attempt.retryAfter() != null) {
                return tooManyAttempts(request, response, attempt.retryAfter());
            }
            if (attempt.state() != null) {
                return context.notifyContainerAboutLogin(attempt.state().username(), attempt.state().groups());
            }
            return unauthorized(request, response, "api.signIn.wrong");
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && singleSignOn.enabled()) {
            Optional<SignInState> state = bearer(singleSignOn.client().orElseThrow(), authorization.substring(7).strip());
            if (state.isPresent()) {
                return context.notifyContainerAboutLogin(state.get().username(), state.get().groups());
            }
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return error(request, response, HttpServletResponse.SC_UNAUTHORIZED, Message.of("api.signIn.token"));
        }
        Optional<SignInState> session = sessionCaller(request);
        if (session.isPresent() && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return context.notifyContainerAboutLogin(session.get().username(), session.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response, "api.signIn.required");
    }

    /**
     * The person signed in on this request's session, as their account is now; a session whose account
     * was disabled, whose password changed since, or that outlived its limits is ended here.
     */
    private Optional<SignInState> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedInCaller caller = SignedInCaller.of(session);
        if (caller == null) {
            return Optional.empty();
        }
        Optional<SignInState> state = sessionLimits.expired(caller.signedInAt(), Instant.now()) ? Optional.empty()
                : accounts.state(caller.name()).filter(s -> s.stillValid(caller.signedInAt()));
        if (state.isEmpty()) {
            session.invalidate();
        }
        return state;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        String username = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        if (username == null || password == null || username.isBlank()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
        }
        Attempt attempt = attempt(new UsernamePasswordCredential(username.strip(), password), request,
                c -> accounts.verify(c.getCaller(), c.getPasswordAsString()));
        if (attempt.retryAfter() != null) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?wait=" + seconds(attempt.retryAfter()));
        }
        if (attempt.state() == null) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
        }
        return context.redirect(signIn(request, attempt.state().username()));
    }

    /** Sends the browser to the identity provider, keeping what checks its way back in the session. */
    private AuthenticationStatus ssoStart(OidcClient provider, HttpServletRequest request, HttpMessageContext context) {
        String url = request.getRequestURL().toString();
        String callback = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/sso/callback";
        AuthorizationRequest signOn = provider.begin(callback);
        request.getSession(true).setAttribute(SSO_REQUEST, signOn);
        return context.redirect(signOn.authorizeUrl().toString());
    }

    /**
     * The provider sent the browser back: the code is exchanged and its ID token checked (state, nonce,
     * PKCE), the account made or updated with the token's roles, and the session started.
     */
    private AuthenticationStatus ssoCallback(OidcClient provider, HttpServletRequest request,
                                             HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        AuthorizationRequest signOn = session == null ? null : (AuthorizationRequest) session.getAttribute(SSO_REQUEST);
        String code = request.getParameter("code");
        String failed = request.getContextPath() + LOGIN_PAGE + "?sso=failed";
        if (signOn == null || code == null || !signOn.state().equals(request.getParameter("state"))) {
            return context.redirect(failed);
        }
        session.removeAttribute(SSO_REQUEST);
        try {
            Identity identity = provider.finish(code, signOn);
            if (identity.roles().isEmpty()) {
                return context.redirect(request.getContextPath() + LOGIN_PAGE + "?sso=noRoles");
            }
            if (accounts.signedOn(identity.username(), identity.name(), identity.email(), identity.language(),
                    identity.roles()).isEmpty()) {
                return context.redirect(failed);
            }
            return context.redirect(signIn(request, identity.username()));
        } catch (OidcException | EJBException e) {
            LOG.warning(() -> "Single sign-on refused: " + e.getMessage());
            return context.redirect(failed);
        }
    }

    /** A bearer token of the provider: checked, and the account made or brought to the token's roles. */
    private Optional<SignInState> bearer(OidcClient provider, String token) {
        try {
            Identity identity = provider.bearer(token);
            return identity.roles().isEmpty() ? Optional.empty() : accounts.signedOn(identity.username(),
                    identity.name(), identity.email(), identity.language(), identity.roles());
        } catch (OidcException | EJBException e) {
            return Optional.empty();
        }
    }

    /** Starts the signed-in session (under a new id) and answers where to go: back where they came from. */
    String signIn(HttpServletRequest request, String username) {
        HttpSession existing = request.getSession(false);
        String target = existing == null ? null : (String) existing.getAttribute(SAVED_REQUEST);
        if (existing != null) {
            request.changeSessionId(); // a session id known before sign-in must not be the signed-in one
            existing.removeAttribute(SAVED_REQUEST);
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(sessionLimits.idleSeconds());
        SignedInCaller.store(session, username, Instant.now());
        return target != null ? target : request.getContextPath() + "/";
    }

    /** A sign-in attempt: checked (the account's state if right), or made to wait first (nothing was checked). */
    private record Attempt(SignInState state, Duration retryAfter) {
    }

    /**
     * Checks a credential under the throttle, one attempt at a time per account (attempts sent at once
     * each meet the count of those before them), and makes every refusal take as long.
     */
    private Attempt attempt(UsernamePasswordCredential credential, HttpServletRequest request,
                            Function<UsernamePasswordCredential, Optional<SignInState>> check) {
        long started = System.nanoTime();
        String address = request.getRemoteAddr();
        Attempt attempt = throttle.oneAtATime(credential.getCaller(), () -> {
            Optional<Duration> wait = throttle.wait(credential.getCaller(), address);
            if (wait.isPresent()) {
                return new Attempt(null, wait.get());
            }
            Optional<SignInState> state = check.apply(credential);
            if (state.isPresent()) {
                throttle.succeeded(credential.getCaller());
            } else {
                throttle.failed(credential.getCaller(), address);
            }
            return new Attempt(state.orElse(null), null);
        });
        if (attempt.retryAfter() != null || attempt.state() != null) {
            return attempt;
        }
        long left = FAILURE_MILLIS - (System.nanoTime() - started) / 1_000_000;
        if (left > 0) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return attempt;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** 429 with Retry-After: this account or address must wait before its next attempt is even checked. */
    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                       Duration wait) {
        response.setHeader("Retry-After", Long.toString(seconds(wait)));
        return error(request, response, 429, Message.of("api.signIn.wait", seconds(wait)));
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // a Faces AJAX request understands only a partial-response redirect, not a 302
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + loginPage + "\"></redirect></partial-response>");
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String accept = request.getHeader("Accept");
        if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
            // only page requests, or the browser's favicon request would overwrite where to return to
            String query = request.getQueryString();
            request.getSession(true).setAttribute(SAVED_REQUEST,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(loginPage);
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return new UsernamePasswordCredential("", "");
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return new UsernamePasswordCredential("", "");
        }
    }

    /** 401 with the error body of every API error, in the caller's language. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String messageKey) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Sales Culture Program\", charset=\"UTF-8\"");
        return error(request, response, HttpServletResponse.SC_UNAUTHORIZED, Message.of(messageKey));
    }

    private static AuthenticationStatus error(HttpServletRequest request, HttpServletResponse response, int status,
                                              Message message) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder()
                    .add(JSON.createObjectBuilder().addNull("field")
                            .add("message", message.in(request.getLocale())))).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the status alone still tells the client
        }
        // SEND_CONTINUE: the response is complete as written (SEND_FAILURE would replace it with an error page)
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
