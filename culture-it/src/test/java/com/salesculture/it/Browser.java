package com.salesculture.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and chromedriver (installed by .ci/run), driven as a person would. Closing
 * one hands it back, its cookies cleared, to the next test that opens one: a launch costs about two
 * seconds on this machine, the reset a few milliseconds.
 */
final class Browser implements AutoCloseable {

    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();
    private static final org.openqa.selenium.Dimension WINDOW = new org.openqa.selenium.Dimension(1280, 860);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(WebDriver::quit)));
    }

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser() throws IOException {
        long started = System.nanoTime();
        ChromeDriver idle = IDLE.poll();
        driver = idle != null ? idle : launch();
        noteIfSlow("launching Chromium", started);
        // Selenium polls every 500 ms by default: after each click that is most of the wait for the answer
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    private static ChromeDriver launch() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("culture.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("culture-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("culture.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /** The time zone the browser reports to pages (as if its machine were set to it). */
    Browser timeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
        return this;
    }

    /** The window's size in CSS pixels (a phone: 390 × 844). */
    Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /** A path on the suite's server, or a whole URL (another server's, such as a cluster's proxy). */
    Browser open(String path) {
        long started = System.nanoTime();
        driver.get(path.startsWith("http") ? path : Api.BASE_URL + path);
        noteIfSlow("open " + path, started);
        return this;
    }

    /** A cookie of the page's site, HttpOnly ones too (null when there is none). */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    Browser signIn(String user) {
        return signIn(user, "demo");
    }

    Browser signIn(String user, String password) {
        long started = System.nanoTime();
        type(By.id("username"), user);
        type(By.id("password"), password);
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedInAs")));
        noteIfSlow("sign in as " + user, started);
        return this;
    }

    Browser type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // clear() leaves formatted inputs as they were
        element.sendKeys(text);
        return this;
    }

    Browser click(By target) {
        long started = System.nanoTime();
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        awaitAjax();
        noteIfSlow("click " + target, started);
        return this;
    }

    WebElement find(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Fills the intent page's first deliverable (a revenue growth for team North) with the metric given. */
    Browser firstDeliverable(String metric) {
        String kindMenu = script("return document.querySelector('.deliverable-1 .field-kind select').id").toString();
        // the date picker's input is the submitted field; typing races its calendar panel in headless Chromium
        script("document.querySelector('.deliverable-1 .field-dueDate input').value = arguments[0]",
                java.time.LocalDate.now().plusMonths(6).toString());
        return choose(kindMenu.substring(0, kindMenu.length() - "_input".length()), "Revenue growth")
                .type(By.cssSelector(".deliverable-1 .field-metric input"), metric)
                .type(By.cssSelector(".deliverable-1 input[id$='baseline_input']"), "10")
                .type(By.cssSelector(".deliverable-1 input[id$='target_input']"), "12")
                .type(By.cssSelector(".deliverable-1 input[id$=':unit']"), "%")
                .type(By.cssSelector(".deliverable-1 .field-customerGroup input"), "Mid-size manufacturers")
                .click(By.xpath("//div[contains(@class,'deliverable-1')]//label[normalize-space(.)='North']"));
    }

    /**
     * Picks an option of a PrimeFaces select menu through the menu's own widget (as its click handler
     * does) and waits until the menu shows it. Clicking the animated panel in headless Chromium proved
     * flaky (intercepted or not yet interactable clicks); the server round trip is unchanged.
     */
    Browser choose(String menuId, String option) {
        String value = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//select[@id='" + menuId
                + "_input']/option[normalize-space(.)='" + option + "']"))).getAttribute("value");
        script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", menuId, value);
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), option));
        awaitAjax();
        return this;
    }

    /** Chooses a file in a (possibly hidden) file input; the page uploads it at once. */
    Browser upload(By fileInput, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(fileInput)).sendKeys(file.toAbsolutePath().toString());
        awaitAjax();
        return this;
    }

    boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** The page's text; a page replaced while it was read (a form posted by the last click) is read again once loaded. */
    String pageText() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
                awaitAjax();
            }
        }
    }

    /** Waits until the page shows the text (the page a click posted to may still be loading), then its whole text. */
    String awaitText(String expected) {
        long started = System.nanoTime();
        wait.until(d -> {
            try {
                return d.findElement(By.tagName("body")).getText().contains(expected);
            } catch (org.openqa.selenium.WebDriverException loading) {
                return false;
            }
        });
        noteIfSlow("await text \"" + expected + "\" at " + driver.getCurrentUrl(), started);
        return pageText();
    }

    /** Waits until the script returns true (a table refreshed by its filter, say). */
    Browser awaitTrue(String script) {
        long started = System.nanoTime();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
        noteIfSlow("await " + script, started);
        return this;
    }

    /** A step that took longer than 3 s, written to the test's output: where a slow run's time went. */
    private static void noteIfSlow(String step, long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        if (millis > 3_000) {
            System.out.printf("Browser: %s took %.1f s%n", step, millis / 1000.0);
        }
    }

    /**
     * axe-core's WCAG 2 A and AA violations on the page as it is now, one line per rule with the
     * elements it found (none: an empty list). axe-core comes from the npm registry (pom.xml).
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        try {
            script(Files.readString(Path.of(System.getProperty("culture.it.axe", "target/npm/node_modules/axe-core/axe.min.js"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160)).join(', '))))"
                + ".catch(e => done(['axe-core failed: ' + e]));");
    }

    /**
     * What a keyboard cannot reach: the page's visible links, buttons, fields and elements acting as such
     * (a button or link role, a click handler in the markup) that are out of the tab order (a negative
     * tabindex, or no way to take focus), each described by tag, id and text. Disabled controls (a pager's
     * "previous" on the first page) are left out.
     */
    @SuppressWarnings("unchecked")
    List<String> unreachableByKeyboard() {
        return (List<String>) script("return [...document.querySelectorAll('a, button, input, select, textarea,"
                + " [role=button], [role=link], [role=checkbox], [role=radio], [role=tab], [onclick]')]"
                + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 1 && r.height > 1"
                + " && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[aria-hidden=true], [inert]')"
                + " && !e.disabled && e.getAttribute('aria-disabled') !== 'true' && !e.classList.contains('ui-state-disabled')"
                + " && !(e.tagName === 'A' && !e.hasAttribute('href') && !e.hasAttribute('tabindex')"
                + " && !e.hasAttribute('onclick') && !e.getAttribute('role')) && !(e.type === 'hidden'); })"
                + ".filter(e => e.tabIndex < 0)"
                + ".map(e => e.tagName.toLowerCase() + '#' + e.id + ' ' + (e.textContent || e.value || '').trim().substring(0, 40));");
    }

    /**
     * What pressing Tab from the top of the page never focuses: each element in the tab order (visible,
     * enabled, a tabindex of 0 or more) that the walk does not reach, described by tag, id and text. A
     * widget that holds the focus (a date picker's panel that opens on focus and keeps Tab inside it)
     * leaves everything after it here.
     */
    @SuppressWarnings("unchecked")
    List<String> notReachedByTabbing() {
        long stops = (Long) script("let n = 0; document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')"
                + ".forEach(e => { const r = e.getBoundingClientRect();"
                + " if (r.width > 1 && r.height > 1 && !e.disabled && e.tabIndex >= 0 && e.type !== 'hidden'"
                + " && !e.closest('[aria-hidden=true], [inert]') && getComputedStyle(e).visibility !== 'hidden') { e.dataset.kb = n++; } });"
                + " const start = document.createElement('span'); start.tabIndex = -1; document.body.prepend(start); start.focus();"
                + " window.__kbSeen = new Set();"
                + " document.addEventListener('focusin', ev => { if (ev.target.dataset.kb) window.__kbSeen.add(ev.target.dataset.kb); });"
                + " return n;");
        org.openqa.selenium.interactions.Actions keyboard = new org.openqa.selenium.interactions.Actions(driver);
        CharSequence[] tens = new CharSequence[10];
        java.util.Arrays.fill(tens, Keys.TAB);
        for (long pressed = 0; pressed < 3 * stops + 30; pressed += 10) { // widgets add stops of their own
            keyboard.sendKeys(tens).perform();
            if (Boolean.TRUE.equals(script("return window.__kbSeen.size >= arguments[0]", stops))) {
                break;
            }
        }
        return (List<String>) script("return [...document.querySelectorAll('[data-kb]')].filter(e => !window.__kbSeen.has(e.dataset.kb))"
                + ".map(e => e.tagName.toLowerCase() + '#' + e.id + ' ' + (e.textContent || e.value || '').trim().substring(0, 40));");
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until PrimeFaces has no AJAX request in flight. */
    void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** The page as a PNG in the screenshots' directory; none when that is {@code off}. */
    Path screenshot(String name) {
        String screenshots = System.getProperty("culture.it.screenshots", "target/screenshots");
        if ("off".equals(screenshots)) {
            return null;
        }
        try {
            Path directory = Files.createDirectories(Path.of(screenshots));
            Path file = directory.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Back to the pool as a fresh one would be: no page, no cookies (any site's), its own time zone and size. */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
            driver.manage().window().setSize(WINDOW);
            IDLE.push(driver);
        } catch (RuntimeException broken) {
            driver.quit(); // a browser that cannot be reset is not reused
        }
    }
}
