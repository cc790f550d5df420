package care.circles.visit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.StatedReason;

class VisitTest {

    static final Instant START = Instant.parse("2026-03-05T09:00:00Z");
    static final Duration SHORT_NOTICE = Duration.ofHours(48);
    static final long HOLDER = 1;
    static final long PA = 2;

    @Test
    void aPaCancellingWithinTheShortNoticeWindowLetsTheHolderLookForCover() {
        Visit visit = visit();
        visit.cancel(PA, new StatedReason("Ill"), START.minus(Duration.ofHours(47)), SHORT_NOTICE);
        assertTrue(visit.isShortNotice());
        assertTrue(visit.needsCover());
        assertEquals("Thursday 5 March 2026, 9:00am to 11:00am", visit.spoken());
    }

    @Test
    void cancellingInGoodTimeOrByTheHolderNeedsNoCover() {
        Visit early = visit();
        early.cancel(PA, new StatedReason("Holiday"), START.minus(Duration.ofHours(49)), SHORT_NOTICE);
        assertFalse(early.needsCover());
        Visit byHolder = visit();
        byHolder.cancel(HOLDER, new StatedReason("Hospital"), START.minus(Duration.ofHours(2)), SHORT_NOTICE);
        assertTrue(byHolder.isShortNotice());
        assertFalse(byHolder.needsCover());
    }

    @Test
    void aVisitIsCancelledBeforeItStartsAndClaimedOnlyOnceItIsOver() {
        Visit visit = visit();
        assertTrue(assertThrows(ChangeRefused.class, () -> visit.cancel(PA, new StatedReason("Late"), START, SHORT_NOTICE))
                .getMessage().contains("has started or is over"));
        assertThrows(ChangeRefused.class, () -> visit.claim(START.plus(Duration.ofHours(1))), "not over yet");
        visit.claim(START.plus(Duration.ofHours(2)));
        assertEquals(VisitStatus.CLAIMED, visit.status());
        assertEquals("You cannot put this visit on a timesheet because it is on a timesheet already.",
                assertThrows(ChangeRefused.class, () -> visit.claim(START.plus(Duration.ofHours(3)))).getMessage());
        visit.confirm();
        assertThrows(ChangeRefused.class, () -> visit.cancel(HOLDER, new StatedReason("x"), START.minusSeconds(1), SHORT_NOTICE));
    }

    private static Visit visit() {
        return new Visit(7, HOLDER, PA, START, START.plus(Duration.ofHours(2)), null);
    }
}
