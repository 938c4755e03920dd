package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.web.security.oidc.LoopbackOidcProvider;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Single sign-on through the company's OpenID provider: a real one, started here on the loopback port
 * the server was configured with (OIDC_ISSUER, OIDC_ROLE_MAP in culture-it's pom).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    private static LoopbackOidcProvider provider;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @BeforeAll
    static void startProvider() throws Exception {
        provider = LoopbackOidcProvider.start(Integer.getInteger("culture.it.oidc.port"), "culture", "loopback-secret");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    @DisplayName("A person signs in through the provider's redirect flow and lands in the inbox with the mapped roles; the mapping follows the provider at the next sign-in")
    void browserSignsInThroughTheProvider() throws Exception {
        String username = "olga-" + UUID.randomUUID().toString().substring(0, 6);
        provider.signInAs(new LoopbackOidcProvider.User(username, "Olga Berg", username + "@corp.example", "en",
                List.of("sales-leaders", "unmapped-group")));
        try (Browser browser = new Browser()) {
            browser.open("/inbox.xhtml");
            assertThat(browser.currentUrl()).contains("/login.xhtml");
            browser.screenshot("sso-01-login");
            browser.click(By.id("ssoStart"));
            assertThat(browser.find(By.id("signedInAs")).getText()).isEqualTo("Olga Berg");
            assertThat(browser.currentUrl()).as("back to the page asked for").contains("/inbox.xhtml");
            assertThat(browser.isPresent(By.id("accountsLink"))).isFalse();
            browser.screenshot("sso-02-inbox");
            assertThat(Api.get("adam", "/api/users/" + username).json().getJsonArray("roles").toString())
                    .isEqualTo("[\"sales-leader\"]");

            provider.signInAs(new LoopbackOidcProvider.User(username, "Olga Berg", username + "@corp.example", "en",
                    List.of("people-team", "it-admins")));
            browser.click(By.id("signOut"));
            browser.open("/inbox.xhtml").click(By.id("ssoStart"));
            assertThat(browser.find(By.id("signedInAs")).getText()).isEqualTo("Olga Berg");
            assertThat(browser.isPresent(By.id("accountsLink"))).as("admin now").isTrue();
            assertThat(Api.get("adam", "/api/users/" + username).json().getJsonArray("roles").toString())
                    .isEqualTo("[\"admin\",\"hr\"]");
        }
        assertThat(provider.authorizeRequests()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("The API takes the provider's bearer tokens besides Basic; an expired or foreign-signed token is 401; local accounts keep working")
    void bearerTokens() {
        LoopbackOidcProvider.User hr = new LoopbackOidcProvider.User("pia-" + UUID.randomUUID().toString().substring(0, 6),
                "Pia Hart", null, "de", List.of("people-team"));
        assertThat(Api.with("Bearer " + provider.accessToken(hr), "GET", "/api/exit-cases", null).status()).isEqualTo(200);
        assertThat(Api.with("Bearer " + provider.accessToken(hr), "GET", "/api/users", null).status())
                .as("hr is not admin").isEqualTo(403);
        Api.Reply expired = Api.with("Bearer " + provider.expiredAccessToken(hr), "GET", "/api/exit-cases", null);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.wwwAuthenticate()).startsWith("Bearer");
        assertThat(Api.with("Bearer " + provider.foreignSignedAccessToken(hr), "GET", "/api/exit-cases", null).status())
                .isEqualTo(401);
        assertThat(Api.with("Bearer not-a-token", "GET", "/api/exit-cases", null).status()).isEqualTo(401);
        LoopbackOidcProvider.User nobody = new LoopbackOidcProvider.User("nobody-x", "No Role", null, "en", List.of("guests"));
        assertThat(Api.with("Bearer " + provider.accessToken(nobody), "GET", "/api/tasks", null).status())
                .as("no mapped role").isEqualTo(401);
        assertThat(Api.get("adam", "/api/users").status()).as("local accounts beside single sign-on").isEqualTo(200);
    }
}
