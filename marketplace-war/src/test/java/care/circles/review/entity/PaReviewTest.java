package care.circles.review.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import care.circles.engagement.entity.StatedReason;
import care.circles.platform.InvalidInputException;

class PaReviewTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final long COUNCIL = 9;

    @Test
    void thePaRepliesOnceOnly() {
        PaReview review = review();
        review.reply("  Thank you  ", NOW);
        assertEquals("Thank you", review.replyWords());
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> review.reply("And another", NOW));
        assertEquals("replyWords", twice.problems().get(0).field());
        assertEquals("Thank you", review.replyWords());
    }

    @Test
    void refusesAnEmptyOrTooLongReply() {
        PaReview review = review();
        assertThrows(InvalidInputException.class, () -> review.reply(" ", NOW));
        assertThrows(InvalidInputException.class, () -> review.reply("a".repeat(ReviewContent.MAX_WORDS + 1), NOW));
        assertFalse(review.hasReply());
    }

    @Test
    void aReviewIsReportedOnceAndHidingItClosesTheReport() {
        PaReview review = review();
        review.report(new StatedReason("Untrue"), NOW);
        assertTrue(review.isReportOpen());
        assertThrows(InvalidInputException.class, () -> review.report(new StatedReason("Again"), NOW));

        review.hide(COUNCIL, new StatedReason("Untrue"), NOW);
        assertTrue(review.isHidden());
        assertFalse(review.isReportOpen());
        assertThrows(InvalidInputException.class, () -> review.hide(COUNCIL, new StatedReason("Twice"), NOW));
        assertThrows(InvalidInputException.class, () -> review.reply("Too late", NOW), "a hidden review takes no reply");
    }

    @Test
    void keepingNeedsAReportWaitingForADecision() {
        PaReview review = review();
        assertThrows(InvalidInputException.class, () -> review.keep(COUNCIL, NOW));
        review.report(new StatedReason("Rude"), NOW);
        review.keep(COUNCIL, NOW);
        assertFalse(review.isReportOpen());
        assertFalse(review.isHidden());
    }

    private static PaReview review() {
        return new PaReview(1, 2, 3, ReviewContent.of("4", "Calm and kind every morning"), NOW);
    }
}
