package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
        return MarketplaceDeployment.war();
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
        SupportKind stroke = taxonomy.add(council, "Stroke recovery " + token, "Help at home after a stroke", false);
        assertTrue(taxonomy.current().isChoosable(stroke.code()));

        Account pa = newPa();
        profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials("Rehab " + token, "Bridport", "16.00",
                "I support people recovering from a stroke", Set.of(stroke.code())), gazetteer::find, taxonomy.current()));
        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> found = http.getUntil("/api/v1/pas?skills=" + stroke.code(),
                r -> r.body().contains("Rehab " + token), Duration.ofSeconds(30));
        assertTrue(found.body().contains("\"value\":\"" + stroke.code() + "\""), "the new type has a facet count");

        taxonomy.describe(council, stroke.code(), "After a stroke " + token, null, false);
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
        SupportKind knitting = taxonomy.add(council, "Knitting " + UUID.randomUUID().toString().substring(0, 6), null, false);
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
        assertThrows(SecurityException.class, () -> taxonomy.add(pa, "Anything", null, false));
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> taxonomy.add(council, "dementia", null, false));
        assertEquals("label", duplicate.problems().get(0).field());
        assertThrows(InvalidInputException.class, () -> taxonomy.add(council, "   ", null, false));
    }

    private Account newPa() {
        return accounts.register(EmailAddress.of("it-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
    }
}
