package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.engagement.entity.Agreement;
import care.circles.oversight.control.CouncilQueues;
import care.circles.platform.InvalidInputException;
import care.circles.privacy.control.PersonalData;
import care.circles.review.control.PaReviews;
import care.circles.review.entity.PaReview;
import care.circles.review.entity.ReviewEligibility;
import jakarta.inject.Inject;

/**
 * Reviews of PAs on the real MariaDB and Payara: who may write one (only a person whose timesheet
 * from the PA they approved), one each, the PA's single reply, the PA reporting one, and council
 * staff hiding one with an audited reason; the pages answer the same.
 */
@ExtendWith(ArquillianExtension.class)
class PaReviewsIT {

    private static final String WORDS = "Kind, on time, and Alex knows how I like my lunch";

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(EngagementFixtures.class, FormSession.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    EngagementFixtures fixtures;

    @Inject
    PaReviews reviews;

    @Inject
    PersonalData personalData;

    @Inject
    CouncilQueues queues;

    // ---- who may review --------------------------------------------------------------------

    @Test
    void refusesAReviewUntilTheHolderHasApprovedATimesheetFromThePa() {
        Account holder = fixtures.account(Role.DP_HOLDER);
        Account pa = fixtures.pa("Dorchester");
        assertEquals(ReviewEligibility.NO_APPROVED_TIMESHEET, reviews.eligibility(holder, pa.id()), "no agreement yet");

        Agreement agreement = fixtures.agreement(holder, pa, "Dorchester");
        fixtures.submittedTimesheet(agreement);
        assertEquals(ReviewEligibility.NO_APPROVED_TIMESHEET, reviews.eligibility(holder, pa.id()),
                "an agreement and a timesheet waiting for approval are not enough");
        assertThrows(SecurityException.class, () -> reviews.write(holder, pa.id(), "5", WORDS));
        assertEquals(0, count("SELECT COUNT(*) FROM pa_review WHERE pa_account_id = ?", pa.id()));
    }

    @Test
    void aTimesheetApprovedWithAnotherPaDoesNotLetTheHolderReviewThisOne() {
        Account holder = fixtures.account(Role.DP_HOLDER);
        Account worked = fixtures.pa("Dorchester");
        Account other = fixtures.pa("Dorchester");
        fixtures.approvedTimesheet(fixtures.agreement(holder, worked, "Dorchester"));

        assertEquals(ReviewEligibility.MAY_REVIEW, reviews.eligibility(holder, worked.id()));
        assertEquals(ReviewEligibility.NO_APPROVED_TIMESHEET, reviews.eligibility(holder, other.id()));
        assertThrows(SecurityException.class, () -> reviews.write(holder, other.id(), "5", WORDS));
    }

    @Test
    void onlyPeopleWithDirectPaymentsReview() {
        Account pa = fixtures.pa("Bridport");
        Account anotherPa = fixtures.pa("Bridport");
        assertEquals(ReviewEligibility.NOT_A_DP_HOLDER, reviews.eligibility(anotherPa, pa.id()));
        assertThrows(SecurityException.class, () -> reviews.write(anotherPa, pa.id(), "1", WORDS));
        assertThrows(SecurityException.class, () -> reviews.write(fixtures.council(), pa.id(), "1", WORDS));
    }

    @Test
    void aHolderWithAnApprovedTimesheetReviewsOnceAndTheProfileAndSearchShowTheAverageWithoutTheirName()
            throws InterruptedException {
        Account holder = fixtures.account(Role.DP_HOLDER);
        Account pa = fixtures.pa("Dorchester");
        fixtures.approvedTimesheet(fixtures.agreement(holder, pa, "Dorchester"));

        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> reviews.write(holder, pa.id(), null, "ok"));
        assertEquals(List.of("rating", "words"), empty.problems().stream().map(p -> p.field()).toList());

        PaReview review = reviews.write(holder, pa.id(), "4", WORDS);
        assertEquals(List.of(review.id()), reviews.shown(pa.id()).stream().map(PaReview::id).toList());
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE account_id = ? AND link = ? AND message LIKE ?",
                pa.id(), "/pa/review.xhtml?id=" + review.id(), "You have a new review: 4 out of 5.%"),
                "the PA is told, with a link to reply");
        assertEquals("4 out of 5 from 1 review", reviews.summary(pa.id()).description());
        assertEquals(ReviewEligibility.ALREADY_REVIEWED, reviews.eligibility(holder, pa.id()));
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> reviews.write(holder, pa.id(), "1", "I changed my mind about it"), "one review each");
        assertTrue(again.problems().get(0).message().contains("already reviewed"));
        assertEquals(1, count("SELECT COUNT(*) FROM pa_review WHERE pa_account_id = ?", pa.id()));

        Account second = fixtures.account(Role.DP_HOLDER);
        fixtures.approvedTimesheet(fixtures.agreement(second, pa, "Dorchester"));
        reviews.write(second, pa.id(), "5", "Cheerful and careful with my medicines");
        assertEquals("4.5 out of 5 from 2 reviews", reviews.summary(pa.id()).description());

        String profile = FormSession.anonymous(base).get("/profile.xhtml?id=" + fixtures.profileOf(pa).id()).body();
        assertTrue(profile.contains("4.5 out of 5 from 2 reviews"), "the average and count are on the profile");
        assertTrue(profile.contains("Kind, on time, and Alex knows how I like my lunch"));
        assertTrue(profile.contains("A person who uses direct payments, Dorchester area"));
        assertFalse(profile.contains(holder.email().value()), "the author is never named");

        String name = fixtures.profileOf(pa).displayName();
        assertEquals(2, reviewCountInSearch(pa, 2), "each review is sent to the search index with the PA's listing");
        HttpResponse<String> api = new HttpProbe(base).get("/api/v1/pas?q=" + name.replace(' ', '+'));
        assertTrue(api.body().contains("\"reviewCount\":2") && api.body().contains("\"averageRating\":4.5"),
                "the API gives the count and average: " + api.body());
        assertTrue(FormSession.anonymous(base).get("/search.xhtml?q=" + name.replace(' ', '+')).body()
                .contains("4.5 out of 5 from 2 reviews"), "search results show them too");
    }

    // ---- pages -------------------------------------------------------------------------------

    @Test
    void theReviewPageExplainsTheRuleToAHolderWhoCannotReviewAndOffersNoForm() {
        Account holder = fixtures.account(Role.DP_HOLDER);
        Account pa = fixtures.pa("Weymouth");
        FormSession session = FormSession.signedIn(base, holder.email().value(), EngagementFixtures.PASSWORD);
        HttpResponse<String> page = session.get("/engage/review.xhtml?pa=" + fixtures.profileOf(pa).id());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("You can review a PA once they have worked for you and you have approved a timesheet"));
        assertFalse(page.body().contains("Publish review"));
    }

    @Test
    void theReviewFormShowsItsErrorsThenPublishesAndGoesBackToTheProfile() {
        Account holder = fixtures.account(Role.DP_HOLDER);
        Account pa = fixtures.pa("Weymouth");
        fixtures.approvedTimesheet(fixtures.agreement(holder, pa, "Weymouth"));
        long profileId = fixtures.profileOf(pa).id();
        FormSession session = FormSession.signedIn(base, holder.email().value(), EngagementFixtures.PASSWORD);

        HttpResponse<String> form = session.get("/engage/review.xhtml?pa=" + profileId);
        HttpResponse<String> refused = session.submit(form, "reviewForm", "Publish review", Map.of("words", ""));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("error-summary"));
        assertTrue(refused.body().contains("href=\"#rating\"") && refused.body().contains("href=\"#words\""),
                "the summary links to each field");

        HttpResponse<String> sent = session.submit(form, "reviewForm", "Publish review",
                Map.of("rating", "5", "words", "Alex made every morning easier"));
        assertEquals(302, sent.statusCode());
        assertTrue(session.follow(sent).body().contains("Alex made every morning easier"));
        assertEquals(1, count("SELECT COUNT(*) FROM pa_review WHERE pa_account_id = ? AND author_account_id = ?",
                pa.id(), holder.id()));
    }

    // ---- the PA's reply and report -----------------------------------------------------------

    @Test
    void thePaRepliesOnceAndASecondReplyIsRefusedWithAClearMessage() {
        Account pa = fixtures.pa("Dorchester");
        PaReview review = reviewOf(pa);

        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> reviews.reply(pa, review.id(), "  "));
        assertEquals("replyWords", blank.problems().get(0).field());
        reviews.reply(pa, review.id(), "Thank you, it was a pleasure");
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> reviews.reply(pa, review.id(), "One more thing"));
        assertEquals("You have already replied to this review. You can reply once only.", twice.problems().get(0).message());
        assertEquals(List.of(List.of("Thank you, it was a pleasure")),
                rows("SELECT reply_words FROM pa_review WHERE id = ?", review.id()));
    }

    @Test
    void aPaCannotReplyToOrReportAnotherPasReviewNorOpenIt() {
        Account pa = fixtures.pa("Dorchester");
        Account intruder = fixtures.pa("Dorchester");
        PaReview review = reviewOf(pa);

        assertThrows(SecurityException.class, () -> reviews.reply(intruder, review.id(), "Not my review at all"));
        assertThrows(SecurityException.class, () -> reviews.report(intruder, review.id(), "Not my review at all"));
        assertTrue(reviews.ofPa(intruder, review.id()).isEmpty());
        assertEquals(List.of(java.util.Arrays.asList((Object) null)),
                rows("SELECT reply_words FROM pa_review WHERE id = ?", review.id()));

        FormSession intruderPages = FormSession.signedIn(base, intruder.email().value(), EngagementFixtures.PASSWORD);
        assertEquals(404, intruderPages.get("/pa/review.xhtml?id=" + review.id()).statusCode());
        FormSession owner = FormSession.signedIn(base, pa.email().value(), EngagementFixtures.PASSWORD);
        HttpResponse<String> own = owner.get("/pa/review.xhtml?id=" + review.id());
        assertEquals(200, own.statusCode());
        HttpResponse<String> replied = owner.submit(own, "replyForm", "Publish reply", Map.of("replyWords", "Thank you kindly"));
        assertTrue(replied.body().contains("Your reply is under the review"));
    }

    @Test
    void aPaReportsAReviewOnceAndItWaitsInTheCouncilsQueueUntilKept() {
        Account pa = fixtures.pa("Dorchester");
        PaReview review = reviewOf(pa);
        Account council = fixtures.council();
        long before = reportedQueue(council);

        assertThrows(InvalidInputException.class, () -> reviews.report(pa, review.id(), " "), "a report needs a reason");
        reviews.report(pa, review.id(), "This never happened on that day");
        assertThrows(InvalidInputException.class, () -> reviews.report(pa, review.id(), "Reporting it again"));
        assertEquals(before + 1, reportedQueue(council));
        assertTrue(reviews.reported(council).stream().anyMatch(r -> r.id().equals(review.id())));
        assertEquals(1, audited("PA_REVIEW_REPORTED", review.id(), pa.id()));

        reviews.keep(council, review.id());
        assertEquals(before, reportedQueue(council));
        assertEquals(1, audited("PA_REVIEW_KEPT", review.id(), council.id()));
        assertEquals(List.of(review.id()), reviews.shown(pa.id()).stream().map(PaReview::id).toList(), "a kept review stays");
    }

    // ---- the council hides -------------------------------------------------------------------

    @Test
    void councilStaffHideAReviewWithAnAuditedReasonAndItLeavesTheProfileButStaysOnRecord() throws Exception {
        Account pa = fixtures.pa("Dorchester");
        PaReview review = reviewOf(pa);
        assertEquals(1, reviewCountInSearch(pa, 1));
        reviews.reply(pa, review.id(), "Thank you for the kind words");
        reviews.report(pa, review.id(), "It names my other client");
        Account council = fixtures.council();

        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> reviews.hide(council, review.id(), ""));
        assertEquals("hideReason", noReason.problems().get(0).field());
        reviews.hide(council, review.id(), "Names another person");

        assertTrue(reviews.shown(pa.id()).isEmpty());
        assertEquals("No reviews yet", reviews.summary(pa.id()).description(), "a hidden review does not count");
        assertEquals(1, audited("PA_REVIEW_HIDDEN", review.id(), council.id()));
        assertEquals(List.of(List.of("Names another person", WORDS)),
                rows("SELECT hide_reason, words FROM pa_review WHERE id = ? AND hidden_at IS NOT NULL", review.id()),
                "the hidden review stays on record with its reason");
        assertTrue(reviews.reported(council).stream().noneMatch(r -> r.id().equals(review.id())),
                "hiding settles the report");
        String profile = FormSession.anonymous(base).get("/profile.xhtml?id=" + fixtures.profileOf(pa).id()).body();
        assertFalse(profile.contains(WORDS), "the review is gone from the profile");
        assertFalse(profile.contains("Thank you for the kind words"), "the reply goes with it");
        assertThrows(InvalidInputException.class, () -> reviews.reply(pa, review.id(), "Replying after all"));
        assertEquals(0, reviewCountInSearch(pa, 0), "search results stop counting it too");
    }

    @Test
    void erasingTheAuthorTakesTheirReviewOutOfTheCountInSearchResults() throws Exception {
        Account pa = fixtures.pa("Dorchester");
        Account holder = fixtures.account(Role.DP_HOLDER);
        fixtures.approvedTimesheet(fixtures.agreement(holder, pa, "Dorchester"));
        reviews.write(holder, pa.id(), "5", WORDS);
        assertEquals(1, reviewCountInSearch(pa, 1));

        personalData.erase(holder, EngagementFixtures.PASSWORD.toCharArray(), true);

        assertEquals("No reviews yet", reviews.summary(pa.id()).description());
        assertEquals(0, reviewCountInSearch(pa, 0), "the PA's listing is sent to search again without it");
    }

    @Test
    void nobodyButCouncilStaffHidesOrKeepsAReview() {
        Account pa = fixtures.pa("Dorchester");
        PaReview review = reviewOf(pa);
        Account holder = fixtures.account(Role.DP_HOLDER);

        assertThrows(SecurityException.class, () -> reviews.hide(pa, review.id(), "I do not like it"));
        assertThrows(SecurityException.class, () -> reviews.hide(holder, review.id(), "I do not like it"));
        assertThrows(SecurityException.class, () -> reviews.keep(pa, review.id()));
        assertThrows(SecurityException.class, () -> reviews.reported(pa));
        assertEquals(List.of(review.id()), reviews.shown(pa.id()).stream().map(PaReview::id).toList());
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'pa_review' AND subject_id = ?",
                review.id()));
        FormSession paPages = FormSession.signedIn(base, pa.email().value(), EngagementFixtures.PASSWORD);
        assertEquals(403, paPages.get("/council/pa-review.xhtml?id=" + review.id()).statusCode());
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A review of the PA by a new holder whose timesheet from the PA was approved. */
    /** The review count the search API gives for the PA, once it is the one expected (or whatever it is after 30 s). */
    private long reviewCountInSearch(Account pa, long expected) throws InterruptedException {
        long profileId = fixtures.profileOf(pa).id();
        String name = fixtures.profileOf(pa).displayName();
        HttpResponse<String> api = new HttpProbe(base).getUntil("/api/v1/pas?size=100&q=" + HttpProbe.encode(name),
                r -> reviewCountOf(r, profileId) == expected, Duration.ofSeconds(30));
        return reviewCountOf(api, profileId);
    }

    private static long reviewCountOf(HttpResponse<String> api, long profileId) {
        if (api.statusCode() != 200) {
            return -1;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(api.body()))) {
            return reader.readObject().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(item -> item.getJsonNumber("id").longValue() == profileId)
                    .mapToLong(item -> item.getJsonNumber("reviewCount").longValue())
                    .findFirst().orElse(-1);
        }
    }

    private PaReview reviewOf(Account pa) {
        Account holder = fixtures.account(Role.DP_HOLDER);
        fixtures.approvedTimesheet(fixtures.agreement(holder, pa, "Dorchester"));
        return reviews.write(holder, pa.id(), "2", WORDS);
    }

    private long reportedQueue(Account council) {
        return queues.forCouncilUser(council).stream().filter(q -> q.name().equals("Reviews of PAs reported by the PA"))
                .findFirst().orElseThrow().waiting();
    }

    private long audited(String action, long reviewId, long actor) {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_type = 'pa_review' AND subject_id = ?"
                + " AND actor_account_id = ?", action, reviewId, actor);
    }

    private long count(String sql, Object... parameters) {
        return fixtures.count(sql, parameters);
    }

    private List<List<Object>> rows(String sql, Object... parameters) {
        return fixtures.rows(sql, parameters);
    }
}
