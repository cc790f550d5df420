package care.circles.payments.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;

class NewEntryTest {

    private static NewEntry entry(Posting... postings) {
        return new NewEntry("key", EntryReason.LOAD, "Test", null, null, List.of(postings));
    }

    @Test
    void refusesPostingsThatDoNotSumToZeroBeforeAnythingIsWritten() {
        UnbalancedEntryException error = assertThrows(UnbalancedEntryException.class,
                () -> entry(new Posting(1, Money.ofPence(-100)), new Posting(2, Money.ofPence(99))));
        assertEquals("The postings of a journal entry must sum to zero; these sum to -£0.01", error.getMessage());
    }

    @Test
    void refusesAnEntryWithOneLeg() {
        assertThrows(IllegalArgumentException.class, () -> entry(new Posting(1, Money.ofPence(100))));
    }

    @Test
    void refusesAZeroPosting() {
        assertThrows(IllegalArgumentException.class, () -> new Posting(1, Money.ZERO));
    }

    @Test
    void refusesMovingMoneyToTheSameAccountOrMovingNothing() {
        assertThrows(IllegalArgumentException.class,
                () -> NewEntry.transfer("k", EntryReason.LOAD, "d", null, null, 1, 1, Money.ofPence(5)));
        assertThrows(IllegalArgumentException.class,
                () -> NewEntry.transfer("k", EntryReason.LOAD, "d", null, null, 1, 2, Money.ZERO));
    }

    @Test
    void acceptsOnlyBalancedEntriesAmongThousandsOfRandomOnes() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            int legs = 2 + random.nextInt(4);
            Posting[] postings = new Posting[legs];
            long sum = 0;
            for (int leg = 0; leg < legs; leg++) {
                long pence = random.nextInt(20_001) - 10_000;
                pence = pence == 0 ? 1 : pence;
                postings[leg] = new Posting(leg + 1, Money.ofPence(pence));
                sum += pence;
            }
            if (sum == 0) {
                assertEquals(legs, entry(postings).postings().size());
            } else {
                assertThrows(UnbalancedEntryException.class, () -> entry(postings));
            }
        }
    }

    @Test
    void aReversalPostsEveryLegTheOtherWay() {
        JournalEntry original = new JournalEntry(7, "k", EntryReason.PAY_OUT, "Pay", null, "ext", null, null,
                List.of(new Posting(1, Money.ofPence(-500)), new Posting(2, Money.ofPence(500))), java.util.Set.of());
        NewEntry reversal = NewEntry.reversing(original, "undo", "Paid the wrong person", 3L);
        assertEquals(List.of(new Posting(1, Money.ofPence(500)), new Posting(2, Money.ofPence(-500))), reversal.postings());
        assertEquals(EntryReason.REVERSAL, reversal.reason());
    }
}
