package care.circles.payments.stripe;

import java.util.Objects;

import com.stripe.model.Event;

/**
 * A webhook event whose Stripe signature verified, with its body exactly as Stripe signed it
 * (the body is what is stored, and what a retry reads again).
 */
public record VerifiedEvent(Event event, String payload) {

    public VerifiedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
    }

    /** Stripe's event id ({@code evt_…}): an event is stored and processed once by it. */
    public String id() {
        return event.getId();
    }

    public String type() {
        return event.getType();
    }
}
