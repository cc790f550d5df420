package care.circles.dayopportunity.entity;

import care.circles.payments.Money;

/** What a place costs, as people read it: "Free", "£6.50 a session", "£65.00 a day" (hubs charge by the day). */
public record SessionPrice(Money amount, ListingKind kind) {

    public static SessionPrice of(long pence, ListingKind kind) {
        return new SessionPrice(Money.ofPence(pence), kind);
    }

    public boolean isFree() {
        return amount.isZero();
    }

    @Override
    public String toString() {
        return isFree() ? "Free" : amount + (kind == ListingKind.HUB ? " a day" : " a session");
    }
}
