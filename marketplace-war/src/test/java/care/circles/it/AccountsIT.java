package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.control.AccountIdentityStore;
import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

/** Accounts, sign-in, role checks, CSRF and the platform endpoints, on the real stack. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String DEMO_PASSWORD = "Demo-password-1";
    private static final String PASSWORD = "Correct-horse-battery";

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    AccountIdentityStore identityStore;

    @PersistenceContext
    EntityManager em;

    @Test
    void everySeededDemoAccountSignsInWithItsRole() {
        assertSignsInAs("dp@demo.circles.test", Role.DP_HOLDER);
        assertSignsInAs("pa@demo.circles.test", Role.PA);
        assertSignsInAs("provider@demo.circles.test", Role.PROVIDER);
        assertSignsInAs("broker@demo.circles.test", Role.BROKER);
        assertSignsInAs("council@demo.circles.test", Role.COUNCIL);
    }

    @Test
    void wrongPasswordOrUnknownEmailIsRefused() {
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("pa@demo.circles.test", "wrong-password-1")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("nobody@example.test", DEMO_PASSWORD)).getStatus());
    }

    @Test
    void registeredPasswordIsStoredAsPbkdf2NeverInPlain() {
        Account account = accounts.register(uniqueEmail(), NewPassword.of(PASSWORD, PASSWORD), Role.DP_HOLDER);
        String stored = (String) em.createNativeQuery("SELECT password_hash FROM account WHERE id = ?")
                .setParameter(1, account.id()).getSingleResult();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:210000:"), stored);
        assertFalse(stored.contains(PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, identityStore.validate(
                new UsernamePasswordCredential(account.email().value().toUpperCase(), PASSWORD)).getStatus(),
                "email matching ignores case");
    }

    @Test
    void duplicateEmailIsRefusedWithAClearMessage() {
        EmailAddress email = uniqueEmail();
        accounts.register(email, NewPassword.of(PASSWORD, PASSWORD), Role.PA);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> accounts.register(
                EmailAddress.of("  " + email.value().toUpperCase() + " "), NewPassword.of(PASSWORD, PASSWORD), Role.PROVIDER));
        assertEquals("email", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("already an account"));
    }

    @Test
    void nobodyCanSignThemselvesUpAsCouncilStaffOrBroker() {
        assertThrows(InvalidInputException.class,
                () -> accounts.register(uniqueEmail(), NewPassword.of(PASSWORD, PASSWORD), Role.COUNCIL));
        assertThrows(InvalidInputException.class,
                () -> accounts.register(uniqueEmail(), NewPassword.of(PASSWORD, PASSWORD), Role.BROKER));
    }

    @Test
    void onlyCouncilStaffOpenCouncilAccountsAndItIsAudited() {
        Account pa = accounts.register(uniqueEmail(), NewPassword.of(PASSWORD, PASSWORD), Role.PA);
        assertThrows(SecurityException.class,
                () -> accounts.openCouncilAccount(pa, uniqueEmail(), NewPassword.of(PASSWORD, PASSWORD)));

        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        Account colleague = accounts.openCouncilAccount(council, uniqueEmail(), NewPassword.of(PASSWORD, PASSWORD));
        assertEquals(Role.COUNCIL, colleague.role());
        Number audited = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'COUNCIL_ACCOUNT_OPENED' AND subject_id = ? AND actor_account_id = ?")
                .setParameter(1, colleague.id()).setParameter(2, council.id()).getSingleResult();
        assertEquals(1, audited.intValue());
    }

    @Test
    @RunAsClient
    void formPostedWithoutItsViewStateTokenIsRefused() {
        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> form = http.get("/register.xhtml");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String button = find(form.body(), "name=\"([^\"]+)\" value=\"Create account\"");
        String viewState = find(form.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

        HttpResponse<String> forged = http.postForm("/register.xhtml",
                registration("csrf-" + UUID.randomUUID() + "@example.test", button, "forged-token"), cookie);
        assertTrue(forged.body().contains("timed out"), "a post with a forged token must be refused");

        // The same post with the page's own token works: the refusal above was the token, nothing else.
        HttpResponse<String> genuine = http.postForm("/register.xhtml",
                registration("genuine-" + UUID.randomUUID() + "@example.test", button, viewState), cookie);
        assertEquals(302, genuine.statusCode(), "a genuine registration signs in and redirects");
    }

    private static String registration(String email, String button, String viewState) {
        return "register=register&email=" + HttpProbe.encode(email) + "&password=" + PASSWORD
                + "&confirmPassword=" + PASSWORD + "&role=PA&" + HttpProbe.encode(button) + "=Create+account"
                + "&jakarta.faces.ViewState=" + HttpProbe.encode(viewState);
    }

    private static String find(String html, String pattern) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern).matcher(html);
        assertTrue(matcher.find(), "page must contain " + pattern);
        return matcher.group(1);
    }

    @Test
    @RunAsClient
    void pagesForOneRoleSendOthersToSignIn() {
        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> paPage = http.get("/pa/profile.xhtml");
        assertEquals(302, paPage.statusCode());
        assertTrue(paPage.headers().firstValue("Location").orElse("").contains("sign-in.xhtml"));
        HttpResponse<String> councilPage = http.get("/council/accounts.xhtml");
        assertEquals(302, councilPage.statusCode());
    }

    @Test
    @RunAsClient
    void signingInAfterBeingSentToSignInGoesBackToThePageAsked() {
        FormSession browser = FormSession.anonymous(base);
        HttpResponse<String> asked = browser.get("/bookings/index.xhtml?tab=past");
        assertEquals(302, asked.statusCode());
        assertTrue(asked.headers().firstValue("Location").orElse("").endsWith("/sign-in.xhtml"));
        HttpResponse<String> signedIn = browser.submit(browser.get("/sign-in.xhtml"), "signIn", "Sign in",
                Map.of("email", "dp@demo.circles.test", "password", DEMO_PASSWORD));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/bookings/index.xhtml?tab=past"),
                signedIn.headers().firstValue("Location").orElse(""));
        assertEquals(200, browser.follow(signedIn).statusCode());

        FormSession another = FormSession.anonymous(base);
        HttpResponse<String> bySelf = another.submit(another.get("/sign-in.xhtml"), "signIn", "Sign in",
                Map.of("email", "dp@demo.circles.test", "password", DEMO_PASSWORD));
        assertTrue(bySelf.headers().firstValue("Location").orElse("").contains("/account/index.xhtml"),
                "someone who opened the sign-in page themselves lands on their account");
    }

    /** Several people's pages at the same moment: each keeps their role on every request (no stray 403). */
    @Test
    @RunAsClient
    void manySignedInPeopleAtOnceEachKeepTheirRoleOnEveryRequest() throws Exception {
        Map<String, String> pageFor = Map.of(
                "council@demo.circles.test", "/council/index.xhtml",
                "dp@demo.circles.test", "/bookings/index.xhtml",
                "pa@demo.circles.test", "/pa/profile.xhtml",
                "provider@demo.circles.test", "/provider/index.xhtml");
        List<Callable<Map<Integer, Integer>>> people = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            pageFor.forEach((email, page) -> people.add(() -> {
                FormSession session = FormSession.signedIn(base, email, DEMO_PASSWORD);
                Map<Integer, Integer> answers = new TreeMap<>();
                for (int i = 0; i < 25; i++) {
                    answers.merge(session.get(page).statusCode(), 1, Integer::sum);
                }
                return answers;
            }));
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            for (Future<Map<Integer, Integer>> answers : pool.invokeAll(people)) {
                assertEquals(Map.of(200, 25), answers.get(), "every request of a signed-in person is answered");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @RunAsClient
    void pagesCarrySecurityHeadersThatStopFramingAndForeignScripts() {
        HttpResponse<String> home = new HttpProbe(base).get("/");
        String policy = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(home.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    @Test
    @RunAsClient
    void healthMetricsAndOpenApiAnswer() {
        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> ready = http.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("elasticsearch"));
        assertEquals(200, http.get("/health/live").statusCode());
        http.get("/api/v1/pas?q=cooking");
        HttpResponse<String> metrics = http.get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("care_circles_pa_control_PaSearch_pa_search_seconds_count{mp_scope=\"application\"}"),
                "the PA search's timer is published in seconds: "
                        + metrics.body().lines().filter(line -> line.contains("PaSearch")).toList());
        HttpResponse<String> openApi = http.get("/openapi");
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/v1/pas"), "OpenAPI must describe the PA search");
    }

    private void assertSignsInAs(String email, Role role) {
        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(email, DEMO_PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus(), email);
        // Council users also carry their duties as groups (the demo council user has both).
        Set<String> expected = role == Role.COUNCIL ? Set.of("COUNCIL", "COUNCIL_ADMIN", "SAFEGUARDING") : Set.of(role.name());
        assertEquals(expected, result.getCallerGroups(), email);
    }

    private static EmailAddress uniqueEmail() {
        return EmailAddress.of("it-" + UUID.randomUUID() + "@example.test");
    }
}
