package care.circles.payments.it;

import java.sql.SQLException;
import java.time.LocalDate;

import care.circles.payments.Money;
import care.circles.payments.careaccount.CareAccountRules;
import care.circles.payments.careaccount.CareAccounts;
import care.circles.payments.card.BlockedMerchantCategories;
import care.circles.payments.card.PrepaidCards;
import care.circles.payments.councilaudit.DirectPaymentAudit;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.DirectPayments;
import care.circles.payments.directpayment.OpenDirectPayment;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.payee.Payee;
import care.circles.payments.payee.Payees;
import care.circles.payments.stripe.StripeCardIssuer;
import care.circles.payments.stripe.StripeTransfers;
import care.circles.payments.stripe.StripeWebhooks;

/** The payments library wired as the web application will wire it, on a test clock. */
final class PaymentsWorld {

    static final String COUNCIL = "Test Council";

    final TestClock clock;
    final Ledger ledger;
    final DirectPayments directPayments;
    final Payees payees;
    final DirectPaymentAudit audit;
    final CareAccounts careAccounts;

    PaymentsWorld(TestClock clock) {
        this.clock = clock;
        this.ledger = new Ledger(clock);
        this.directPayments = new DirectPayments(ledger, COUNCIL, clock);
        this.payees = new Payees(ledger, clock);
        this.audit = new DirectPaymentAudit(ledger, directPayments, DirectPaymentAudit.DEFAULT_CONTINGENCY_WEEKS);
        this.careAccounts = new CareAccounts(CareAccountRules.defaults(), clock);
    }

    PrepaidCards cards(StripeStandIn stripe) {
        return new PrepaidCards(ledger, directPayments, new StripeCardIssuer(stripe.client()),
                BlockedMerchantCategories.defaults(), clock);
    }

    StripeTransfers transfers(StripeStandIn stripe) {
        return new StripeTransfers(stripe.client(), ledger, payees, clock);
    }

    StripeWebhooks webhooks(StripeStandIn stripe) {
        return new StripeWebhooks(StripeStandIn.WEBHOOK_SECRET, cards(stripe), transfers(stripe), careAccounts, clock);
    }

    /** A new person's account loaded every 4 weeks from {@code firstLoadOn}. */
    DirectPaymentAccount scheduledAccount(Money fourWeekly, LocalDate firstLoadOn) throws SQLException {
        long person = PaymentsDatabase.newId();
        return PaymentsDatabase.inTransaction(c -> directPayments.open(c,
                OpenDirectPayment.everyFourWeeks(person, "Person " + person, fourWeekly, firstLoadOn, 1L)));
    }

    /** A new person's account holding {@code balance} from a one-off payment (no schedule). */
    DirectPaymentAccount accountHolding(Money balance) throws SQLException {
        DirectPaymentAccount account = scheduledAccount(Money.ZERO, LocalDate.of(2025, 1, 1));
        if (balance.isPositive()) {
            PaymentsDatabase.inTransaction(c -> directPayments.loadOneOff(c, account.id(), balance,
                    "Low-value direct payment", "one-off:" + account.id(), 1L));
        }
        return account;
    }

    Payee payee() throws SQLException {
        long owner = PaymentsDatabase.newId();
        return PaymentsDatabase.inTransaction(c -> payees.register(c, owner, "Payee " + owner, "acct_" + owner));
    }

    Money balance(DirectPaymentAccount account) throws SQLException {
        return PaymentsDatabase.inTransaction(c -> ledger.balance(c, account.ledgerAccountId()));
    }
}
