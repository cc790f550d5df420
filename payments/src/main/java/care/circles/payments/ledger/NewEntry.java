package care.circles.payments.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import care.circles.payments.Money;

/**
 * A command to post a journal entry. It cannot be built unbalanced: the postings must sum to
 * zero, or {@link UnbalancedEntryException} is thrown before anything reaches the database.
 *
 * @param idempotencyKey   the same key posts once; a retry returns the first entry
 * @param reason           why money moved
 * @param description      what a person sees on a statement, e.g. "Payment to Sam Jones (PA)"
 * @param actorAccountId   who did it (an account id), or {@code null} for the platform itself
 * @param externalReference the id of the same event elsewhere (a Stripe object id), or null
 * @param postings         two or more legs that sum to zero
 */
public record NewEntry(String idempotencyKey, EntryReason reason, String description, Long actorAccountId,
                       String externalReference, List<Posting> postings) {

    public NewEntry {
        Objects.requireNonNull(reason, "reason");
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw new IllegalArgumentException("An entry needs an idempotency key of 1 to 255 characters");
        }
        if (description == null || description.isBlank() || description.length() > 500) {
            throw new IllegalArgumentException("An entry needs a description of 1 to 500 characters");
        }
        if (externalReference != null && externalReference.length() > 255) {
            throw new IllegalArgumentException("An external reference has at most 255 characters");
        }
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("An entry moves money between at least two accounts");
        }
        Money sum = Money.ZERO;
        for (Posting posting : postings) {
            sum = sum.plus(posting.amount());
        }
        if (!sum.isZero()) {
            throw new UnbalancedEntryException(sum);
        }
    }

    /** Moves {@code amount} (positive) from one account to another. */
    public static NewEntry transfer(String idempotencyKey, EntryReason reason, String description, Long actorAccountId,
                                    String externalReference, long fromAccountId, long toAccountId, Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Enter an amount greater than £0.00");
        }
        if (fromAccountId == toAccountId) {
            throw new IllegalArgumentException("Money cannot move from an account to itself");
        }
        return new NewEntry(idempotencyKey, reason, description, actorAccountId, externalReference,
                List.of(new Posting(fromAccountId, amount.negate()), new Posting(toAccountId, amount)));
    }

    /** The entry that undoes {@code original}: every posting the other way. */
    static NewEntry reversing(JournalEntry original, String idempotencyKey, String why, Long actorAccountId) {
        List<Posting> opposite = new ArrayList<>();
        for (Posting posting : original.postings()) {
            opposite.add(new Posting(posting.accountId(), posting.amount().negate()));
        }
        return new NewEntry(idempotencyKey, EntryReason.REVERSAL, why, actorAccountId,
                original.externalReference(), opposite);
    }
}
