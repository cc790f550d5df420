package care.circles.card.entity;

import java.time.LocalDate;

import care.circles.payments.card.CardDecision;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;

/** A card payment a shop asked for, approved or declined with the reason in plain words. */
public record DecisionView(CardDecision decision) {

    public String merchant() {
        return decision.merchantName() == null || decision.merchantName().isBlank() ? "A shop" : decision.merchantName();
    }

    public String amount() {
        return decision.amount().toString();
    }

    public String decidedOn() {
        return SpokenDate.of(LocalDate.ofInstant(decision.decidedAt(), Platform.UK));
    }

    public boolean isApproved() {
        return decision.approved();
    }

    /** "Approved", "Approved: waiting for the shop to take it", or the reason it was declined. */
    public String outcome() {
        if (!decision.approved()) {
            return decision.declineMessage();
        }
        return decision.held() ? "Approved: the money is held until the shop takes it" : "Approved";
    }
}
