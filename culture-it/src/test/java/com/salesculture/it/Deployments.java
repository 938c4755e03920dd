package com.salesculture.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as the build made it; in-container tests ride along in a small jar in its lib/. */
final class Deployments {

    private Deployments() {
    }

    /** Marks {@link #suite()}: the server keeps it deployed for the whole run ({@link OneDeployment}). */
    private static final String SUITE_MARKER = "culture-it-suite";

    /**
     * What every integration test class deploys: the built EAR with the in-container test classes, their
     * libraries and the fixtures module. One archive, deployed once per run ({@link OneDeployment}).
     */
    static EnterpriseArchive suite() {
        return withFixtures(builtEarWith(AccountsIT.class, AuditIT.class, NotificationIT.class, ReviewExitIT.class,
                SafeguardsIT.class, SurveyIT.class, TaskWorkflowIT.class, TransactionIT.class, InServer.class,
                FixtureServlet.class, SmtpSink.class, WriteThenFail.class))
                .addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                .addAsLibrary(jarOf(com.lowagie.text.pdf.PdfReader.class))
                .addAsManifestResource(EmptyAsset.INSTANCE, SUITE_MARKER);
    }

    static boolean isSuite(org.jboss.shrinkwrap.api.Archive<?> archive) {
        return archive != null && archive.contains("META-INF/" + SUITE_MARKER);
    }

    static EnterpriseArchive builtEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("culture.ear")));
    }

    static EnterpriseArchive builtEarWith(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "culture-it-tests.jar")
                .addClasses(testClasses)
                .addClasses(Api.class, Api.Reply.class, WebSession.class, Percentiles.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return builtEar().addAsLibraries(tests).addAsLibrary(jarOf(Assertions.class));
    }

    /**
     * Adds a web module at {@link FixtureServlet#PATH} that runs in-server fixtures for tests that run as
     * clients; the servlet's class rides in the tests' jar (pass it to {@link #builtEarWith}).
     */
    static EnterpriseArchive withFixtures(EnterpriseArchive ear) {
        return withServlet(ear, FixtureServlet.PATH, FixtureServlet.class);
    }

    /**
     * Adds a web module at {@code path} ("/name/") whose servlet answers everything under it that the
     * module's own classes ({@code classes}) do not, every request let through ({@link FixtureAccess}), with
     * the application's RESTEasy settings ({@link #restSettings}); the servlet's class rides in the tests' jar.
     */
    static EnterpriseArchive withServlet(EnterpriseArchive ear, String path, Class<? extends jakarta.servlet.Servlet> servlet,
                                         Class<?>... classes) {
        String context = path.substring(1, path.length() - 1);
        WebArchive module = ShrinkWrap.create(WebArchive.class, context + ".war").addClass(FixtureAccess.class).addClasses(classes).setWebXML(new StringAsset("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  %s
                  <servlet><servlet-name>%s</servlet-name><servlet-class>%s</servlet-class></servlet>
                  <servlet-mapping><servlet-name>%s</servlet-name><url-pattern>/*</url-pattern></servlet-mapping>
                </web-app>""".formatted(restSettings(ear), context, servlet.getName(), context)));
        String application = read(ear.get("META-INF/application.xml").getAsset()).replace("<library-directory>",
                "<module><web><web-uri>%s.war</web-uri><context-root>/%s</context-root></web></module>\n  <library-directory>"
                        .formatted(context, context));
        ear.delete("META-INF/application.xml");
        return ear.addAsModule(module).setApplicationXML(new StringAsset(application));
    }

    /** {@code classes} added to the application's own web module: they sign in and are checked as its API is. */
    static EnterpriseArchive withApplicationClasses(EnterpriseArchive ear, Class<?>... classes) {
        WebArchive web = ear.getAsType(WebArchive.class, "culture-web.war").addClasses(classes);
        ear.delete("culture-web.war");
        return ear.addAsModule(web);
    }

    /** The {@code resteasy.*} context parameters of the application's web.xml (what it checks, what it leaves out). */
    private static String restSettings(EnterpriseArchive ear) {
        String webXml = read(ear.getAsType(WebArchive.class, "culture-web.war").get("WEB-INF/web.xml").getAsset());
        return Pattern.compile("(?s)<context-param>\\s*<param-name>resteasy\\..*?</context-param>").matcher(webXml).results()
                .map(MatchResult::group).collect(Collectors.joining("\n"));
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
