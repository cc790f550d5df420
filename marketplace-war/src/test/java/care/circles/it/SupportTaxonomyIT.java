package care.circles.it;

import static care.circles.taxonomy.control.SupportTaxonomy.NOT_CARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.SupportKind;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The council edits the kinds of support; PAs, forms and search follow. */
@ExtendWith(ArquillianExtension.class)
class SupportTaxonomyIT {

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(FormSession.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    Accounts accounts;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @PersistenceContext
    EntityManager em;

    @Test
    void aNewKindOfSupportCanBeOfferedFoundAndRenamedInSearch() throws Exception {
        String token = "zt" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        SupportKind stroke = taxonomy.add(council, "Stroke recovery " + token, "Help at home after a stroke", false,
                "personal-care");
        assertTrue(taxonomy.current().isChoosable(stroke.code()));

        Account pa = newPa();
        profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials("Rehab " + token, "Bridport", "16.00",
                "I support people recovering from a stroke", Set.of(stroke.code())), gazetteer::find, taxonomy.current()));
        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> found = http.getUntil("/api/v1/pas?skills=" + stroke.code(),
                r -> r.body().contains("Rehab " + token), Duration.ofSeconds(30));
        assertTrue(found.body().contains("\"value\":\"" + stroke.code() + "\""), "the new type has a facet count");

        taxonomy.describe(council, stroke.code(), "After a stroke " + token, null, false, "personal-care");
        HttpResponse<String> renamed = http.getUntil("/api/v1/pas?q=after+stroke+" + token,
                r -> r.body().contains("Rehab " + token), Duration.ofSeconds(30));
        assertTrue(renamed.body().contains("Rehab " + token), "search reads the new name after the automatic rebuild");

        Number audited = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action IN ('SUPPORT_TYPE_ADDED', 'SUPPORT_TYPE_CHANGED')"
                        + " AND detail LIKE ?").setParameter(1, stroke.code() + "%").getSingleResult();
        assertEquals(2, audited.intValue());
    }

    @Test
    void aRetiredKindOfSupportCannotBeChosenButOldProfilesKeepIt() {
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        SupportKind knitting = taxonomy.add(council, "Knitting " + UUID.randomUUID().toString().substring(0, 6), null, false,
                "social-activities");
        Account pa = newPa();
        profiles.save(pa, ProfileDetails.of(ProfileAnswers.essentials("Knitter", "Dorchester", "14.00", "Yarn",
                Set.of(knitting.code())), gazetteer::find, taxonomy.current()));
        taxonomy.setActive(council, knitting.code(), false);
        assertTrue(profiles.ownedBy(pa).orElseThrow().skills().contains(knitting.code()), "the profile keeps it");
        assertThrows(InvalidInputException.class, () -> ProfileDetails.of(ProfileAnswers.essentials("Another", "Dorchester",
                "14.00", "Yarn", Set.of(knitting.code())), gazetteer::find, taxonomy.current()));
        taxonomy.setActive(council, knitting.code(), true);
        assertTrue(taxonomy.current().isChoosable(knitting.code()), "restoring undoes a retirement");
    }

    @Test
    void onlyCouncilStaffChangeTheKindsOfSupportAndNamesStayUnique() {
        Account pa = newPa();
        assertThrows(SecurityException.class, () -> taxonomy.add(pa, "Anything", null, false, NOT_CARE));
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> taxonomy.add(council, "dementia", null, false, NOT_CARE));
        assertEquals("label", duplicate.problems().get(0).field());
        assertThrows(InvalidInputException.class, () -> taxonomy.add(council, "   ", null, false, NOT_CARE));
    }

    // ---- which kind of care a support type is, for the care account -----------------------

    private static final String PAGE = "/council/support-types.xhtml";

    private Account council() {
        return accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
    }

    private String careCategoryOf(String code) {
        return (String) em.createNativeQuery("SELECT care_category FROM support_type WHERE code = ?")
                .setParameter(1, code).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> careCategoryAudit(String code) {
        return em.createNativeQuery("SELECT actor_account_id, detail, occurred_at FROM audit_event"
                        + " WHERE action = 'SUPPORT_TYPE_CARE_CATEGORY_SET' AND detail LIKE ? ORDER BY id")
                .setParameter(1, code + ":%").getResultList();
    }

    private static Map<String, String> answers(String label, String careCategory) {
        return Map.of("label", label, "hint", "", "careCategory", careCategory);
    }

    @Test
    void councilStaffSetAKindOfSupportsCareCategoryOnThePageWhenAddingItAndChangeItLaterWithBothRecorded() {
        String label = "Bathing help " + UUID.randomUUID().toString().substring(0, 6);
        String code = care.circles.taxonomy.entity.SupportType.codeFor(label);
        FormSession staff = FormSession.signedIn(base, "council@demo.circles.test", FormSession.DEMO_PASSWORD);

        HttpResponse<String> added = staff.submit(staff.get(PAGE), "typeForm", "Add kind of support",
                answers(label, "personal-care"));
        assertEquals(302, added.statusCode(), added.body());
        assertEquals("personal-care", careCategoryOf(code));
        assertEquals("personal-care", taxonomy.current().find(code).orElseThrow().careCategory());

        HttpResponse<String> editing = staff.get(PAGE + "?code=" + code);
        assertTrue(editing.body().contains("value=\"personal-care\" id=\"careCategory\" checked=\"checked\""),
                "the form shows the category it has");
        assertTrue(editing.body().contains("<input type=\"hidden\" name=\"code\" value=\"" + code + "\""),
                editing.body());
        HttpResponse<String> changed = staff.submit(editing, "typeForm", "Save changes", answers(label, "companionship"));
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals("companionship", careCategoryOf(code));

        List<Object[]> audit = careCategoryAudit(code);
        assertEquals(List.of(code + ": added as personal-care", code + ": personal-care -> companionship"),
                audit.stream().map(row -> (String) row[1]).toList());
        assertTrue(audit.stream().allMatch(row -> ((Number) row[0]).longValue() == council().id() && row[2] != null),
                "who and when");
    }

    @Test
    void aKindOfSupportCanBeNoKindOfCareAndSavingItUnchangedRecordsNoCategoryChange() {
        SupportKind autism = taxonomy.add(council(), "Asperger's " + UUID.randomUUID().toString().substring(0, 6), null,
                false, NOT_CARE);
        assertEquals(null, careCategoryOf(autism.code()));
        taxonomy.describe(council(), autism.code(), autism.label(), "Autism without learning disability", false, NOT_CARE);
        assertEquals(List.of(autism.code() + ": added as none"),
                careCategoryAudit(autism.code()).stream().map(row -> (String) row[1]).toList());
    }

    @Test
    void refusesACareCategoryThatIsNotOneOrNoneAtAllNamingTheFieldInTheErrorSummary() {
        SupportKind meals = taxonomy.add(council(), "Meal deliveries " + UUID.randomUUID().toString().substring(0, 6),
                null, false, "home-care");

        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> taxonomy.describe(council(),
                meals.code(), meals.label(), null, false, "pocket-money"));
        assertEquals("careCategory", unknown.problems().get(0).field());
        assertEquals("Choose one of the kinds of care listed", unknown.problems().get(0).message());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> taxonomy.describe(council(),
                meals.code(), meals.label(), null, false, null));
        assertEquals("Choose which kind of care this is, or that it is not a kind of care",
                missing.problems().get(0).message());
        assertEquals("home-care", careCategoryOf(meals.code()), "nothing changed");

        FormSession staff = FormSession.signedIn(base, "council@demo.circles.test", FormSession.DEMO_PASSWORD);
        String label = "Pocket money " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> refused = staff.submit(staff.get(PAGE), "typeForm", "Add kind of support",
                answers(label, "pocket-money"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("<a href=\"#careCategory\">Choose one of the kinds of care listed</a>"),
                "the error summary links to the first choice");
        assertTrue(taxonomy.current().find(care.circles.taxonomy.entity.SupportType.codeFor(label)).isEmpty());
    }

    @Test
    void onlyCouncilStaffSetTheCareCategoryWhateverThePageIsSent() {
        SupportKind lifting = taxonomy.add(council(), "Hoisting " + UUID.randomUUID().toString().substring(0, 6), null,
                true, "personal-care");
        Account pa = newPa();
        assertThrows(SecurityException.class, () -> taxonomy.describe(pa, lifting.code(), lifting.label(), null, true,
                "companionship"));

        String email = "it-" + UUID.randomUUID() + "@example.test";
        FormSession paSession = FormSession.registered(base, email, "Correct-horse-battery", "PA");
        assertEquals(403, paSession.get(PAGE + "?code=" + lifting.code()).statusCode());
        HttpResponse<String> forged = paSession.postTo(paSession.inApp(PAGE), Map.of("code", lifting.code(),
                "label", lifting.label(), "careCategory", "companionship"));
        assertEquals(403, forged.statusCode());
        assertEquals("personal-care", careCategoryOf(lifting.code()));
        assertEquals(1, careCategoryAudit(lifting.code()).size(), "only the council's own setting is on record");
    }

    private Account newPa() {
        return accounts.register(EmailAddress.of("it-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
    }
}
