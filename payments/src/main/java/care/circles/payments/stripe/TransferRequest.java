package care.circles.payments.stripe;

import care.circles.payments.Money;

/** What became of asking to send a payee their money: recorded, or refused with nothing posted. */
public sealed interface TransferRequest {

    /** Recorded as pending (now, or earlier under the same key), the money set aside. */
    record Recorded(PayeeTransfer transfer) implements TransferRequest {
    }

    /** The payee's balance with us is smaller than the amount: nothing recorded or posted. */
    record Refused(Money shortBy) implements TransferRequest {
    }
}
