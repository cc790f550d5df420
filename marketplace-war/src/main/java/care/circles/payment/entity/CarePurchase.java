package care.circles.payment.entity;

/**
 * What a payment bought, as the care account counts it.
 *
 * @param category the care-account category (e.g. {@code personal-care}), or null when what was
 *                 bought names none; whether it counts is the council's setting
 * @param bought   what was bought, in plain English, e.g. "PA support: Personal care, Companionship"
 */
public record CarePurchase(String category, String bought) {
}
