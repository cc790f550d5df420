package care.circles.payments.card;

import care.circles.payments.Money;

/**
 * The real-time decision on a card payment: a pure function, so it is fast (the card issuer
 * waits at most 2 seconds) and every path is tested without a database.
 *
 * <p>Approved only when the card is active, the merchant's category is not blocked, and the
 * amount fits what is available (the balance less pending holds). The checks run in that order,
 * so a holder is told the most useful reason first.
 */
public final class CardAuthorization {

    private CardAuthorization() {
    }

    /**
     * @param status               the card's state
     * @param available            the account's balance less pending card holds
     * @param amount               what the merchant asks for
     * @param merchantCategoryCode the merchant's MCC, or null when the network sent none
     */
    public static AuthorizationDecision decide(CardStatus status, Money available, Money amount,
                                               String merchantCategoryCode, BlockedMerchantCategories blocked) {
        if (status == CardStatus.FROZEN) {
            return AuthorizationDecision.declined(DeclineReason.CARD_FROZEN,
                    "This card is frozen. Unfreeze it in your account to use it again");
        }
        if (status == CardStatus.CANCELLED) {
            return AuthorizationDecision.declined(DeclineReason.CARD_CANCELLED,
                    "This card has been cancelled. Use your new card, or ask the council for one");
        }
        var blockedUse = blocked.blockedUse(merchantCategoryCode);
        if (blockedUse.isPresent()) {
            return AuthorizationDecision.declined(DeclineReason.BLOCKED_CATEGORY,
                    "This card cannot be used for " + blockedUse.get());
        }
        if (amount.isGreaterThan(available)) {
            Money missing = amount.minus(available);
            return AuthorizationDecision.declined(DeclineReason.INSUFFICIENT_FUNDS,
                    "Not enough money on the card: " + missing + " short");
        }
        return AuthorizationDecision.APPROVED;
    }
}
