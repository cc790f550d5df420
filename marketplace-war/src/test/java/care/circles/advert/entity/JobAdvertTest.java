package care.circles.advert.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

/** The advert's life: every allowed change, and the refusals a person may meet. */
class JobAdvertTest {

    private final Instant now = Instant.parse("2026-03-10T09:00:00Z");
    private final LocalDate today = AdvertDetailsTest.TODAY;

    private JobAdvert draft() {
        return new JobAdvert(42, AdvertDetailsTest.valid(), now);
    }

    private JobAdvert published() {
        JobAdvert advert = draft();
        advert.submit(now, today);
        advert.publish(now);
        return advert;
    }

    @Test
    void goesFromDraftThroughTheCouncilToPublished() {
        JobAdvert advert = draft();
        assertEquals(AdvertStatus.DRAFT, advert.status(now));
        advert.submit(now, today);
        assertEquals(AdvertStatus.SUBMITTED, advert.status(now));
        advert.publish(now);
        assertEquals(AdvertStatus.PUBLISHED, advert.status(now));
        assertTrue(advert.isOpen(now));
        assertEquals(now.plus(Duration.ofDays(60)), advert.closesAt());
    }

    @Test
    void aRejectedAdvertKeepsTheReasonUntilItIsChangedAndSentAgain() {
        JobAdvert advert = draft();
        advert.submit(now, today);
        advert.reject(RejectionReason.of("Please take out the street name"), now);
        assertEquals(AdvertStatus.REJECTED, advert.status(now));
        assertEquals("Please take out the street name", advert.rejectionReason());
        advert.update(AdvertDetailsTest.valid(), now);
        advert.submit(now, today);
        assertEquals(AdvertStatus.SUBMITTED, advert.status(now));
        assertNull(advert.rejectionReason());
    }

    @Test
    void aPublishedAdvertCanBeFilledOrWithdrawn() {
        JobAdvert filled = published();
        filled.markFilled(now);
        assertEquals(AdvertStatus.FILLED, filled.status(now));
        JobAdvert withdrawn = published();
        withdrawn.withdraw(now);
        assertEquals(AdvertStatus.WITHDRAWN, withdrawn.status(now));
        assertFalse(withdrawn.isOpen(now));
    }

    @Test
    void draftsAndAdvertsWaitingForTheCouncilCanBeWithdrawn() {
        JobAdvert advert = draft();
        advert.withdraw(now);
        assertEquals(AdvertStatus.WITHDRAWN, advert.status(now));
        JobAdvert waiting = draft();
        waiting.submit(now, today);
        waiting.withdraw(now);
        assertEquals(AdvertStatus.WITHDRAWN, waiting.status(now));
    }

    @Test
    void closesSixtyDaysAfterPublishingByTheClockAlone() {
        JobAdvert advert = published();
        Instant lastMoment = now.plus(Duration.ofDays(60)).minusMillis(1);
        assertEquals(AdvertStatus.PUBLISHED, advert.status(lastMoment));
        assertEquals(AdvertStatus.CLOSED, advert.status(now.plus(Duration.ofDays(60))));
        AdvertChangeRefused refused = assertThrows(AdvertChangeRefused.class,
                () -> advert.markFilled(now.plus(Duration.ofDays(61))));
        assertEquals("You cannot mark this advert as filled because it is closed.", refused.getMessage());
        assertFalse(advert.closeIfExpired(lastMoment), "not closed before its time");
        assertTrue(advert.closeIfExpired(now.plus(Duration.ofDays(61))));
        assertFalse(advert.closeIfExpired(now.plus(Duration.ofDays(62))), "closed once only");
    }

    @Test
    void refusesChangesTheStatusDoesNotAllowAndSaysWhy() {
        JobAdvert advert = draft();
        assertEquals("You cannot publish this advert because it is a draft.",
                assertThrows(AdvertChangeRefused.class, () -> advert.publish(now)).getMessage());
        assertThrows(AdvertChangeRefused.class, () -> advert.reject(RejectionReason.of("No"), now));
        assertThrows(AdvertChangeRefused.class, () -> advert.markFilled(now));
        assertEquals(AdvertStatus.DRAFT, advert.status(now), "a refused change changes nothing");

        JobAdvert open = published();
        assertTrue(assertThrows(AdvertChangeRefused.class, () -> open.update(AdvertDetailsTest.valid(), now))
                .getMessage().contains("Withdraw it and write a new one"));
        assertThrows(AdvertChangeRefused.class, () -> open.submit(now, today));
        open.withdraw(now);
        assertEquals("You cannot withdraw this advert because it is withdrawn.",
                assertThrows(AdvertChangeRefused.class, () -> open.withdraw(now)).getMessage());
    }

    @Test
    void aStartDateThatHasPassedMustBeChangedBeforeSending() {
        JobAdvert advert = draft();
        LocalDate afterTheStart = LocalDate.of(2026, 4, 4);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> advert.submit(now, afterTheStart));
        assertEquals(StartDate.FIELD, refused.problems().get(0).field());
        assertEquals(AdvertStatus.DRAFT, advert.status(now));
    }

    @Test
    void aReasonIsRequiredToReject() {
        assertEquals(RejectionReason.FIELD,
                assertThrows(InvalidInputException.class, () -> RejectionReason.of("  ")).problems().get(0).field());
        assertThrows(InvalidInputException.class, () -> RejectionReason.of("x".repeat(501)));
    }

    @Test
    void onlyThePosterPostedIt() {
        assertTrue(draft().isPostedBy(42));
        assertFalse(draft().isPostedBy(43));
    }
}
