package com.salesculture.web.security;

import com.salesculture.domain.model.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * One mechanism for both channels (Jakarta Security allows one per application):
 * <ul>
 * <li>{@code /api/*}: HTTP Basic on every call; missing or wrong credentials get 401 with
 * {@code WWW-Authenticate}, never a redirect, and no session is created. A signed-in browser
 * session is accepted for reads only (GET/HEAD), so a forged cross-site request cannot change state.</li>
 * <li>pages: the login form posts to {@code j_security_check}; the session then carries the caller.
 * Anonymous requests for a protected page are sent to the login page and brought back afterwards.</li>
 * </ul>
 */
@ApplicationScoped
public class CultureAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String LOGIN_ACTION = "/j_security_check";
    private static final String SAVED_REQUEST = "culture.saved-request";

    @Inject
    private IdentityStoreHandler identityStores;

    /** Basic credentials are checked on every call; a PBKDF2 check per call is too slow for an inbox. */
    private final CredentialCache verifiedCredentials = new CredentialCache();

    private final SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());

    /**
     * Every refused sign-in takes at least this long, whether the account exists or not (an unknown
     * one is answered without hashing): the answer's timing tells nobody which names are accounts.
     */
    private static final long FAILURE_MILLIS = 250;

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
        SignedInCaller caller = SignedInCaller.of(request.getSession(false));
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
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
            Attempt attempt = attempt(basicCredential(authorization.substring(6)), request,
                    c -> verifiedCredentials.validate(c, identityStores::validate));
            if (attempt.retryAfter() != null) {
                return tooManyAttempts(request, response, attempt.retryAfter());
            }
            if (attempt.valid()) {
                return context.notifyContainerAboutLogin(attempt.result());
            }
            return unauthorized(request, response, "api.signIn.wrong");
        }
        SignedInCaller caller = SignedInCaller.of(request.getSession(false));
        if (caller != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response, "api.signIn.required");
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        String username = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        if (username == null || password == null || username.isBlank()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
        }
        Attempt attempt = attempt(new UsernamePasswordCredential(username.strip(), password), request,
                identityStores::validate);
        if (attempt.retryAfter() != null) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?wait=" + seconds(attempt.retryAfter()));
        }
        if (!attempt.valid()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
        }
        CredentialValidationResult result = attempt.result();
        HttpSession existing = request.getSession(false);
        String target = existing == null ? null : (String) existing.getAttribute(SAVED_REQUEST);
        if (existing != null) {
            request.changeSessionId(); // a session id known before sign-in must not be the signed-in one
            existing.removeAttribute(SAVED_REQUEST);
        }
        SignedInCaller.store(request.getSession(true), result);
        return context.redirect(target != null ? target : request.getContextPath() + "/");
    }

    /** A sign-in attempt: checked (the result), or made to wait first (how long; nothing was checked). */
    private record Attempt(CredentialValidationResult result, Duration retryAfter) {
        boolean valid() {
            return result != null && result.getStatus() == CredentialValidationResult.Status.VALID;
        }
    }

    /**
     * Checks a credential under the throttle, one attempt at a time per account (attempts sent at once
     * each meet the count of those before them), and makes every refusal take as long.
     */
    private Attempt attempt(UsernamePasswordCredential credential, HttpServletRequest request,
                            Function<UsernamePasswordCredential, CredentialValidationResult> check) {
        long started = System.nanoTime();
        String address = request.getRemoteAddr();
        Attempt attempt = throttle.oneAtATime(credential.getCaller(), () -> {
            Optional<Duration> wait = throttle.wait(credential.getCaller(), address);
            if (wait.isPresent()) {
                return new Attempt(null, wait.get());
            }
            CredentialValidationResult result = check.apply(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(credential.getCaller());
            } else {
                throttle.failed(credential.getCaller(), address);
            }
            return new Attempt(result, null);
        });
        if (attempt.retryAfter() != null || attempt.valid()) {
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
            response.getWriter().write(Json.createObjectBuilder().add("errors", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().addNull("field")
                            .add("message", message.in(request.getLocale())))).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the status alone still tells the client
        }
        // SEND_CONTINUE: the response is complete as written (SEND_FAILURE would replace it with an error page)
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
