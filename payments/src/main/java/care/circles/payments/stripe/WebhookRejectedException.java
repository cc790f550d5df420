package care.circles.payments.stripe;

/**
 * A webhook that did not come from Stripe (bad or missing signature, too old, not JSON).
 * Nothing was stored; answer 400.
 */
public class WebhookRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebhookRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
