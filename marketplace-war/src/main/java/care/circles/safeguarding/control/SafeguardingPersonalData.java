package care.circles.safeguarding.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Safeguarding concerns the person reported while signed in: they see what they told us and
 * the reference. Erasure keeps them: the law requires safeguarding records to be kept.
 */
@ApplicationScoped
public class SafeguardingPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Safeguarding concerns you reported";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT reference, received_at, what_happened, who_is_at_risk, place, reporter_name,"
                        + " reporter_contact FROM safeguarding_concern WHERE reporter_account_id = ? ORDER BY received_at", person.id())
                .stream().map(c -> PersonalRecord.of("Concern")
                        .with("Reference", c[0]).with("Sent", c[1]).with("What happened", c[2])
                        .with("Who was at risk", c[3]).with("Where", c[4]).with("Your name", c[5]).with("Your contact", c[6])
                        .build())
                .toList();
    }

    @Override
    public String keptOnErasure() {
        return "Safeguarding concerns you reported: the law requires the council to keep safeguarding records.";
    }

    @Override
    public void erase(Account person) {
        // Kept, as the law requires; the account they point to is pseudonymised.
    }
}
