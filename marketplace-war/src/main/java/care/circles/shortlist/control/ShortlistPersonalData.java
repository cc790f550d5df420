package care.circles.shortlist.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The PAs on the person's shortlist. Erasure deletes the list. */
@ApplicationScoped
public class ShortlistPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Your shortlist of PAs";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT p.display_name, s.added_at, s.removed_at FROM shortlist_entry s"
                        + " JOIN pa_profile p ON p.id = s.pa_profile_id WHERE s.account_id = ? ORDER BY s.added_at", person.id())
                .stream().map(s -> PersonalRecord.of("Shortlisted PA")
                        .with("PA", s[0]).with("Added", s[1]).with("Removed", s[2]).build())
                .toList();
    }

    @Override
    public void erase(Account person) {
        em.createNativeQuery("DELETE FROM shortlist_entry WHERE account_id = ?").setParameter(1, person.id()).executeUpdate();
    }
}
