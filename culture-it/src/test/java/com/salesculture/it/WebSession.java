package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the pages through the login form, as a browser without JavaScript: it keeps
 * the session cookie, follows redirects, sends a language and submits a page's buttons as a form post.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' script sends back with every post (a post without it is refused). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String language;

    private WebSession(String language) {
        this.language = language;
    }

    /** Signs in with the demo password; the pages speak {@code language} (e.g. "en", "de"). */
    public static WebSession signIn(String user, String language) {
        return signIn(user, "demo", language);
    }

    /** Signs in with the password given. */
    public static WebSession signIn(String user, String password, String language) {
        WebSession session = new WebSession(language);
        session.get("/login.xhtml");
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        String landing = session.send(session.request("/j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(landing).as("signed in").contains("signedInAs");
        return session;
    }

    /** Posts the login form with the demo password and returns the page it lands on (signed in or not). */
    public String signInAs(String user) {
        get("/login.xhtml");
        return send(request("/j_security_check").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + enc(user) + "&j_password=demo")));
    }

    /** The session cookie's value: a copy may be presented again after sign-out, as a thief would. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    }

    /** A browser that presents the session cookie given (copied from another). */
    public static WebSession presenting(String sessionId, String language) {
        WebSession session = new WebSession(language);
        java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        session.cookies.getCookieStore().add(URI.create(Api.BASE_URL), cookie);
        return session;
    }

    /** Signs out (the form's POST) and returns the page it lands on. */
    public String signOut() {
        return send(request("/logout").POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A visitor without an account (a customer following a survey link). */
    public static WebSession anonymous(String language) {
        return new WebSession(language);
    }

    public String get(String path) {
        return send(request(path).GET());
    }

    /** The whole answer to a page request (status and headers too), after redirects. */
    public HttpResponse<String> open(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the page and presses one of its buttons (a plain form post of the button's form). */
    public String press(String path, String formId, String buttonId) {
        return press(path, formId, buttonId, Map.of());
    }

    /** The same, with {@code fields} (by client id) filled in. */
    public String press(String path, String formId, String buttonId, Map<String, String> fields) {
        return pressOn(get(path), path, formId, buttonId, fields);
    }

    /** Presses a button of a page opened earlier ({@code page}, as {@link #get} returned it): a person slow to save. */
    public String pressOn(String page, String path, String formId, String buttonId, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page);
        assertThat(viewState.find()).as("a page with a form: %s", path).isTrue();
        StringBuilder filled = new StringBuilder();
        fields.forEach((name, value) -> filled.append('&').append(enc(name)).append('=').append(enc(value)));
        Matcher nonce = NONCE.matcher(page);
        String body = enc(formId) + "=" + enc(formId) + "&" + enc(formId + ":" + buttonId) + "=" + filled
                + "&jakarta.faces.ViewState=" + enc(viewState.group(1).replace("&#58;", ":"))
                + (nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "");
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE_URL + path)).header("Accept", "text/html")
                .header("Accept-Language", language);
    }

    private String send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
