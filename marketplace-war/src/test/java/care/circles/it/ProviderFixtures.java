package care.circles.it;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.accreditation.control.AccreditationApplications;
import care.circles.accreditation.control.AccreditationDecisions;
import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.control.Checklists;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.Requirement;
import care.circles.files.entity.Upload;
import care.circles.place.control.Gazetteer;
import care.circles.search.control.SearchOutbox;
import care.circles.provider.control.ActivityTypes;
import care.circles.provider.control.OrganisationIndexing;
import care.circles.provider.control.OrganisationListing;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.Organisation;
import care.circles.provider.entity.OrganisationDetails;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Deployed with the provider and ISF tests: small builders for organisations and their
 * accreditations, going through the real controls as a provider and council staff would.
 */
@ApplicationScoped
public class ProviderFixtures {

    public static final String PASSWORD = "Correct-horse-battery";
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    AccreditationApplications applications;

    @Inject
    AccreditationDecisions decisions;

    @Inject
    Accreditations accreditations;

    @Inject
    Checklists checklists;

    @Inject
    Gazetteer gazetteer;

    @Inject
    OrganisationIndexing indexing;

    @Inject
    SearchOutbox outbox;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    ActivityTypes activities;

    public Account council() {
        return accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
    }

    public Account dpHolder() {
        return accounts.byEmail(EmailAddress.of("dp@demo.circles.test")).orElseThrow();
    }

    /** Another member of council staff, opened by the demo council admin. */
    public Account councilColleague() {
        return accounts.openCouncilAccount(council(), EmailAddress.of("council-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of(PASSWORD, PASSWORD));
    }

    public Account newAccount(Role role) {
        return accounts.register(EmailAddress.of("providers-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of(PASSWORD, PASSWORD), role);
    }

    /** The answers of a complete registration form; tests change one to see it refused. */
    public Map<String, String> answers(String name) {
        Map<String, String> answers = new HashMap<>();
        answers.put(OrganisationDetails.NAME, name);
        answers.put(OrganisationDetails.LEGAL_NAME, name + " Ltd");
        answers.put(OrganisationDetails.TYPE, "MICRO_PROVIDER");
        answers.put(OrganisationDetails.MAIN_WORK, "MICRO_PROVIDER");
        answers.put(OrganisationDetails.TOWN, "Bridport");
        answers.put(OrganisationDetails.DESCRIPTION, "Companionship and help at home for older people around " + name);
        answers.put(OrganisationDetails.AREAS, "Bridport, DT6, Beaminster");
        answers.put(OrganisationDetails.CONTACT_EMAIL, "hello@example.org");
        answers.put(OrganisationDetails.REGULATED, "no");
        answers.put(OrganisationDetails.STAFF_COUNT, "4");
        answers.put(OrganisationDetails.FTE, "3.5");
        return answers;
    }

    public OrganisationDetails details(Map<String, String> answers, List<String> supports, List<String> activityCodes) {
        return OrganisationDetails.of(answers, supports, activityCodes, gazetteer::find,
                taxonomy.current()::isChoosable, activities::isChoosable);
    }

    /** A new provider account with its organisation registered. */
    public Organisation organisation(Account owner, String name) {
        return organisations.register(owner, details(answers(name), List.of("COMPANIONSHIP", "MEALS"),
                List.of("GARDENING_AND_OUTDOORS")));
    }

    public Account ownerOfNewOrganisation(String name) {
        Account owner = newAccount(Role.PROVIDER);
        organisation(owner, name);
        return owner;
    }

    /** An application with evidence for every requirement, sent to the council. */
    public Accreditation submitted(Account member, AccreditationKind kind, LocalDate today) {
        Accreditation application = applications.start(member, kind, today);
        sendEvidence(member, application, today);
        return applications.submit(member, application.id(), null, today);
    }

    public void sendEvidence(Account member, Accreditation application, LocalDate today) {
        for (Requirement requirement : checklists.of(application.kind())) {
            if (requirement.appliesTo(false)) {
                applications.addEvidence(member, application.id(), requirement.getId(), Upload.of("evidence.pdf", PDF),
                        requirement.isNeedsExpiryDate() ? today.plusYears(1).toString() : null, today);
            }
        }
    }

    /** Accredited as of {@code on}, until {@code until}. */
    public Accreditation accredited(Account member, AccreditationKind kind, LocalDate on, LocalDate until) {
        Accreditation application = submitted(member, kind, on);
        return decisions.accredit(council(), application.id(), until.toString(), null, false, on);
    }

    public Accreditation accredited(Account member, AccreditationKind kind) {
        LocalDate today = accreditations.today();
        return accredited(member, kind, today, today.plusYears(1));
    }

    /**
     * Moves an accreditation's expiry date as the calendar would, with nothing else: no sweep,
     * no re-indexing, as on the morning after it runs out and before the nightly sweep.
     */
    @Transactional
    public void expiresOn(Accreditation accreditation, LocalDate day) {
        em.createNativeQuery("UPDATE accreditation SET expires_on = ? WHERE id = ?").setParameter(1, day)
                .setParameter(2, accreditation.id()).executeUpdate();
    }

    /** Writes the organisation's search listing as it read on an earlier day, as if it was last indexed then. */
    @Transactional
    public void indexedAsOn(Account owner, LocalDate day) {
        Organisation organisation = organisations.organisationOf(owner).orElseThrow();
        outbox.index(OrganisationListing.INDEX, String.valueOf(organisation.id()),
                indexing.listingOf(organisation, accreditations.activeOn(organisation.id(), day)).toJson());
    }

    public Set<String> none() {
        return Set.of();
    }
}
