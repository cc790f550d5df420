package care.circles.stripestandin;

import java.util.UUID;

/**
 * The ids the stand-in gives the objects it creates. Like Stripe, the same idempotency key
 * gives the same object, so the id is derived from the key: a test that knows the key knows
 * the id before the object exists (to send an event about it first, out of order).
 */
public final class StandInIds {

    private StandInIds() {
    }

    /** The id for the object created with this idempotency key (a random one without a key). */
    public static String of(String prefix, String idempotencyKey) {
        String seed = idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey;
        String digits = Long.toString(seed.hashCode() & 0xffffffffL, 36) + Long.toString(
                (seed.length() * 31L + seed.chars().sum()) & 0xffffffL, 36);
        return prefix + ("circles" + digits).replaceAll("[^A-Za-z0-9]", "");
    }
}
