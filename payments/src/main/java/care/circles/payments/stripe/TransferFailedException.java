package care.circles.payments.stripe;

/** Stripe refused a transfer or could not be reached; nothing was changed, and it can be retried. */
public class TransferFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransferFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
