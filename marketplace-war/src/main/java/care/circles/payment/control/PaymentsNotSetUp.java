package care.circles.payment.control;

/** Stripe's settings are missing, so nothing can be paid or issued through Stripe yet. */
public class PaymentsNotSetUp extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public PaymentsNotSetUp(String missing) {
        super("Payments through Stripe are not set up yet (" + missing + "). Ask the council's Circles administrator.");
    }

    /** What a person is told: nothing about variables they cannot change. */
    public String messageForPeople() {
        return "Payments are not working at the moment. Please try again later, or contact the council.";
    }
}
