package care.circles.payment.entity;

import care.circles.payments.directpayment.DirectPaymentAccount;

/** A direct payment account with who holds it. */
public record HolderAccount(DirectPaymentAccount account, DirectPaymentHolder holder) {

    public long id() {
        return account.id();
    }

    public long personAccountId() {
        return account.personAccountId();
    }
}
