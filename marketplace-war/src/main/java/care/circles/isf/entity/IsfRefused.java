package care.circles.isf.entity;

/** Something the ISF rules do not allow, like spending more than is left, said so a person can act on it. */
public class IsfRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IsfRefused(String message) {
        super(message);
    }
}
