package care.circles.payments.request;

/** Where the money for a payment request comes from. */
public enum Funding {
    /** The payer's direct payment account. */
    DIRECT_PAYMENT,
    /** An individual service fund a broker holds for the payer. */
    ISF,
    /** The person pays from their own money; the platform only records it. */
    SELF_FUNDED,
    /** The council commissions it; nothing comes from the person. */
    COUNCIL
}
