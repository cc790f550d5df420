package care.circles.payments.ledger;

/**
 * An idempotency key that was already used for a different command: posting it again would
 * silently return an entry that is not what the caller asked for.
 */
public class IdempotencyKeyReusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException(String key, long entryId) {
        super("The idempotency key " + key + " was already used for a different entry (" + entryId + ")");
    }
}
