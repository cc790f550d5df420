package care.circles.accreditation.entity;

/** A step the workflow does not allow now, with a reason the person who tried can act on. */
public class AccreditationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccreditationRefused(String message) {
        super(message);
    }
}
