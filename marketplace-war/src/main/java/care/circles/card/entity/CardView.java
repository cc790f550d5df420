package care.circles.card.entity;

import java.time.LocalDate;

import care.circles.payments.card.CardStatus;
import care.circles.payments.card.PrepaidCard;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;

/** A pre-paid card as its holder and the council see it. */
public record CardView(PrepaidCard card) {

    public long id() {
        return card.id();
    }

    /** "Card ending 4242". */
    public String name() {
        return "Card ending " + card.last4();
    }

    public String statusLabel() {
        return switch (card.status()) {
            case ACTIVE -> "Active";
            case FROZEN -> "Frozen";
            case CANCELLED -> "Cancelled";
        };
    }

    public String statusStyle() {
        return switch (card.status()) {
            case ACTIVE -> "tag tag-verified";
            case FROZEN -> "tag tag-expiring";
            case CANCELLED -> "tag tag-rejected";
        };
    }

    public boolean isActive() {
        return card.status() == CardStatus.ACTIVE;
    }

    public boolean isFrozen() {
        return card.status() == CardStatus.FROZEN;
    }

    public boolean isCancelled() {
        return card.status() == CardStatus.CANCELLED;
    }

    public String issuedOn() {
        return SpokenDate.of(LocalDate.ofInstant(card.issuedAt(), Platform.UK));
    }
}
