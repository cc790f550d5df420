package care.circles.payments.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A posted journal entry. Never changed once written.
 *
 * @param reversesEntryId     the entry this one undoes, or {@code null}
 * @param overdrawnAccountIds people's accounts this entry left below zero (flagged for the council)
 */
public record JournalEntry(long id, String idempotencyKey, EntryReason reason, String description,
                           Long actorAccountId, String externalReference, Long reversesEntryId, Instant createdAt,
                           List<Posting> postings, Set<Long> overdrawnAccountIds) {

    public JournalEntry {
        postings = List.copyOf(postings);
        overdrawnAccountIds = Set.copyOf(overdrawnAccountIds);
    }

    /** Whether this entry left any person's account below zero. */
    public boolean isOverdraft() {
        return !overdrawnAccountIds.isEmpty();
    }
}
