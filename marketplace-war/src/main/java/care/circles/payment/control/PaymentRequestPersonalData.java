package care.circles.payment.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Payment requests the person paid or was paid by. Financial records: kept for seven years, never erased. */
@ApplicationScoped
public class PaymentRequestPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Payment requests";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT description, amount_pence, funding, status, raised_at,"
                        + " CASE WHEN payer_account_id = ? THEN 'You pay' ELSE 'You are paid' END"
                        + " FROM payment_request WHERE payer_account_id = ? OR payee_account_id = ? ORDER BY raised_at, id",
                        person.id())
                .stream().map(r -> PersonalRecord.of("Payment request")
                        .with("What for", r[0]).with("Amount (pence)", r[1]).with("Paid from", r[2])
                        .with("Status", r[3]).with("Raised", r[4]).with("Side", r[5]).build())
                .toList();
    }

    @Override
    public String keptOnErasure() {
        return "Payments and payment requests: financial records are kept for seven years, under your account number.";
    }

    @Override
    public void erase(Account person) {
        // Kept: financial records are kept for seven years (see keptOnErasure).
    }
}
