package care.circles.advert.entity;

/** A change the advert's status does not allow; the message says why, for the person who asked. */
public class AdvertChangeRefused extends RuntimeException {

    public AdvertChangeRefused(String message) {
        super(message);
    }
}
