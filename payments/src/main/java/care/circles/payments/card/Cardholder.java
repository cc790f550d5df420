package care.circles.payments.card;

/**
 * The person a card is issued to, as the card issuer needs them. Cards are paid for from the
 * council's direct payment, so the billing address is one the council gives (its own office
 * unless the person's is known).
 *
 * @param idempotencyKey the same key enrols the person once, however often it is retried
 */
public record Cardholder(String name, String email, BillingAddress billingAddress, String idempotencyKey) {

    public Cardholder {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A cardholder needs a name of up to 200 characters");
        }
        if (billingAddress == null) {
            throw new IllegalArgumentException("A cardholder needs a billing address");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("Enrolling a cardholder needs an idempotency key");
        }
    }

    /**
     * A UK postal address.
     *
     * @param line1 the building and street, e.g. "County Hall, Colliton Park"
     */
    public record BillingAddress(String line1, String town, String postcode) {

        public BillingAddress {
            if (line1 == null || line1.isBlank() || town == null || town.isBlank() || postcode == null
                    || postcode.isBlank()) {
                throw new IllegalArgumentException("A billing address needs a first line, a town and a postcode");
            }
        }

        /**
         * Reads an address written on one line with commas: "County Hall, Colliton Park,
         * Dorchester, DT1 1XJ" (the last part is the postcode, the one before it the town).
         *
         * @throws IllegalArgumentException when there are fewer than three parts
         */
        public static BillingAddress parse(String text) {
            String[] parts = text == null ? new String[0] : text.split("\\s*,\\s*");
            if (parts.length < 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(
                        "Write the address on one line with commas, like: County Hall, Colliton Park, Dorchester, DT1 1XJ");
            }
            String line1 = String.join(", ", java.util.Arrays.copyOfRange(parts, 0, parts.length - 2)).strip();
            return new BillingAddress(line1, parts[parts.length - 2].strip(), parts[parts.length - 1].strip());
        }
    }
}
