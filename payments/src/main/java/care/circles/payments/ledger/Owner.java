package care.circles.payments.ledger;

import java.util.Objects;

/**
 * Whose a ledger account is: a type and an id in that type's own terms (a person's or payee's
 * account id in the web application, a council's short name, the platform).
 */
public record Owner(String type, String id) {

    public Owner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type.isBlank() || type.length() > 16 || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("An owner needs a type of up to 16 characters and an id of up to 64");
        }
    }

    /** A person (a DP holder, someone with an ISF) by their account id. */
    public static Owner person(long accountId) {
        return new Owner("PERSON", Long.toString(accountId));
    }

    /** A payee (a PA, a provider) by their account id. */
    public static Owner payee(long accountId) {
        return new Owner("PAYEE", Long.toString(accountId));
    }

    /** A council by its short name, e.g. {@code dorset}. */
    public static Owner council(String name) {
        return new Owner("COUNCIL", name);
    }

    /** An individual service fund, by its id in the web application. */
    public static Owner isf(long isfId) {
        return new Owner("ISF", Long.toString(isfId));
    }

    /** An organisation (a provider or broker), by its id in the web application. */
    public static Owner organisation(long providerId) {
        return new Owner("ORGANISATION", Long.toString(providerId));
    }

    /** The platform itself (clearing, its Stripe balance). */
    public static Owner platform() {
        return new Owner("PLATFORM", "circles");
    }
}
