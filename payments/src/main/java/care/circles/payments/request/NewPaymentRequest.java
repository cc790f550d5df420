package care.circles.payments.request;

import java.util.Objects;

import care.circles.payments.Money;

/**
 * A request to pay for care already given.
 *
 * @param sourceKey      what it pays for, unique across the platform, e.g. {@code timesheet:812}
 *                       or {@code booking:55}: the same key raises one request, however often asked
 * @param payerAccountId the marketplace account of the person paying (the DP holder)
 * @param payeeAccountId the marketplace account of whoever is paid (the PA, the provider's owner)
 * @param description    what both sides see, e.g. "Sam Jones, PA: visits 3 to 9 March, 12 hours"
 * @param raisedBy       the account whose action raised it, or null for the platform itself
 * @param careCategory   the kind of care paid for, as the council names it (e.g. {@code personal-care},
 *                       {@code day-care}), or null when the raiser does not know: then the payment
 *                       does not count toward the person's care account
 */
public record NewPaymentRequest(String sourceKey, long payerAccountId, long payeeAccountId, Funding funding,
                                Money amount, String description, Long raisedBy, String careCategory) {

    public NewPaymentRequest {
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(amount, "amount");
        if (sourceKey == null || !sourceKey.matches("[a-z][a-z-]*:[A-Za-z0-9:_-]{1,80}")) {
            throw new IllegalArgumentException("A source key names what is paid for, like timesheet:812");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment request must be for more than £0.00");
        }
        if (description == null || description.isBlank() || description.length() > 300) {
            throw new IllegalArgumentException("A payment request needs a description of up to 300 characters");
        }
        if (payerAccountId == payeeAccountId) {
            throw new IllegalArgumentException("Nobody can ask themselves for payment");
        }
        if (careCategory != null && !careCategory.matches("[a-z][a-z-]{0,59}")) {
            throw new IllegalArgumentException("A care category is a short name like personal-care");
        }
    }

    /** A request whose kind of care is not known. */
    public NewPaymentRequest(String sourceKey, long payerAccountId, long payeeAccountId, Funding funding,
                             Money amount, String description, Long raisedBy) {
        this(sourceKey, payerAccountId, payeeAccountId, funding, amount, description, raisedBy, null);
    }
}
