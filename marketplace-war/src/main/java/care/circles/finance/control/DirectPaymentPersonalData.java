package care.circles.finance.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The person's direct payment account. Financial records: kept; erasure replaces the names on it. */
@ApplicationScoped
public class DirectPaymentPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAudit finance;

    @Override
    public String title() {
        return "Your direct payment account";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT a.id, h.person_name, h.representative_name, a.four_weekly_pence,"
                        + " a.load_every_days, a.first_load_on, a.opened_at FROM direct_payment_account a"
                        + " LEFT JOIN direct_payment_holder h ON h.direct_payment_account_id = a.id WHERE a.person_account_id = ?",
                        person.id())
                .stream().map(a -> PersonalRecord.of("Direct payment account")
                        .with("Account number", a[0]).with("Name", a[1]).with("Representative", a[2])
                        .with("Every 4 weeks (pence)", a[3]).with("Paid every (days)", a[4]).with("First payment", a[5])
                        .with("Opened", a[6]).build())
                .toList();
    }

    @Override
    public String keptOnErasure() {
        return "Your direct payment account, its payments and statements: financial records are kept for seven years,"
                + " with your name replaced.";
    }

    @Override
    public void erase(Account person) {
        finance.pseudonymiseOwn(person);
    }
}
