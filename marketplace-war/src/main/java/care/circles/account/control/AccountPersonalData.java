package care.circles.account.control;

import java.util.ArrayList;
import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The account itself: email, kind of account, when it was opened, council duties. */
@ApplicationScoped
public class AccountPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Your account";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        List<PersonalRecord> records = new ArrayList<>();
        records.add(PersonalRecord.of("Account")
                .with("Account number", person.id())
                .with("Email address", person.email().value())
                .with("Kind of account", person.role().description())
                .with("Opened", person.createdAt())
                .build());
        for (Object[] duty : PersonalRows.of(em, "SELECT duty, granted_at FROM council_duty WHERE account_id = ?", person.id())) {
            records.add(PersonalRecord.of("Council duty").with("Duty", duty[0]).with("Given", duty[1]).build());
        }
        return records;
    }

    @Override
    public String keptOnErasure() {
        return "Your account number stays, with no email address or password, so records the law makes us keep"
                + " (payments, safeguarding) still add up. Nobody can sign in to it again.";
    }

    @Override
    public void erase(Account person) {
        // The account row is pseudonymised last, by PersonalData itself.
    }
}
