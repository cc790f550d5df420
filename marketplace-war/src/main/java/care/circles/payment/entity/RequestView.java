package care.circles.payment.entity;

import java.time.LocalDate;

import care.circles.payments.Money;
import care.circles.payments.request.PaymentRequest;
import care.circles.payments.request.PaymentRequestStatus;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;

/**
 * A payment request as its payer or payee sees it.
 *
 * @param otherParty the name of the other side: the payee for the payer, the payer for the payee
 */
public record RequestView(PaymentRequest request, String otherParty) {

    public long id() {
        return request.id();
    }

    public Money amount() {
        return request.amount();
    }

    public String description() {
        return request.description();
    }

    public boolean isWaiting() {
        return request.status() == PaymentRequestStatus.AWAITING;
    }

    public String raisedOn() {
        return SpokenDate.of(LocalDate.ofInstant(request.raisedAt(), Platform.UK));
    }

    /** The status in a few plain words. */
    public String statusLabel() {
        return switch (request.status()) {
            case AWAITING -> "Waiting for you";
            case PAYING -> "Being paid";
            case PAID -> "Paid";
            case REFUSED -> "Refused";
            case CANCELLED -> "Cancelled";
        };
    }

    /** The same status as the payee reads it. */
    public String statusForPayee() {
        return switch (request.status()) {
            case AWAITING -> "Waiting for the person to confirm";
            case PAYING -> "On its way to your Stripe account";
            case PAID -> "Paid";
            case REFUSED -> "Refused";
            case CANCELLED -> "Cancelled";
        };
    }

    public String statusStyle() {
        return switch (request.status()) {
            case AWAITING -> "tag tag-submitted";
            case PAYING -> "tag tag-expiring";
            case PAID -> "tag tag-verified";
            case REFUSED, CANCELLED -> "tag tag-rejected";
        };
    }

    /** When it was decided or paid, for the history: "Paid on 3 March 2026". */
    public String outcome() {
        if (request.paidAt() != null) {
            return "Paid on " + SpokenDate.of(LocalDate.ofInstant(request.paidAt(), Platform.UK));
        }
        if (request.decidedAt() != null) {
            String on = SpokenDate.of(LocalDate.ofInstant(request.decidedAt(), Platform.UK));
            return request.status() == PaymentRequestStatus.REFUSED ? "Refused on " + on : "Confirmed on " + on;
        }
        return "";
    }

    public String refusalReason() {
        return request.refusalReason();
    }

    public String waitingReason() {
        return request.waitingReason();
    }
}
