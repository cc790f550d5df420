package care.circles.payments.ledger;

/**
 * What a ledger account holds. A positive balance is money held for (or owed to) the owner.
 */
public enum AccountKind {
    /** The council's funding: it goes below zero by what the council has paid in. */
    COUNCIL_FUNDING(false),
    /** A person's direct payment. */
    DP_ACCOUNT(true),
    /** An individual service fund held by a provider or broker for a person. */
    ISF(true),
    /**
     * What an ISF holder (a provider or broker) has paid out of the ISFs it holds to suppliers
     * outside the platform, from its own bank account: it grows by what has left.
     */
    ISF_SPENDING(false),
    /** Money earned by a payee (a PA, a provider) and not yet sent to them. */
    PAYEE(true),
    /** Money on its way to Stripe: transfers requested and not yet confirmed. */
    PLATFORM_CLEARING(false),
    /** Money that has left through the platform's Stripe balance (card spending, transfers). */
    STRIPE_BALANCE(false);

    private final boolean peoplesMoney;

    AccountKind(boolean peoplesMoney) {
        this.peoplesMoney = peoplesMoney;
    }

    /**
     * Whether the account holds someone's money and so must never go below zero: when it does
     * (a card capture that bypassed the card's controls) the entry is flagged as an overdraft.
     */
    public boolean isPeoplesMoney() {
        return peoplesMoney;
    }
}
