package care.circles.payments.card;

/** The card issuer could not be reached or refused the request; nothing was changed here. */
public class CardIssuerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardIssuerException(String message, Throwable cause) {
        super(message, cause);
    }
}
