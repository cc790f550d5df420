package care.circles.review.control;

import java.util.ArrayList;
import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import care.circles.review.entity.PaReviewsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reviews the person wrote of PAs, and, for a PA, the reviews of them with their replies. Erasure
 * deletes both: the words are the writer's, and a PA who leaves takes their reviews with them. The
 * council's decisions to hide one stay in the audit log.
 */
@ApplicationScoped
public class PaReviewPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PaReviewsChanged> changed;

    @Override
    public String title() {
        return "Reviews of personal assistants";
    }

    @Override
    public int order() {
        return 58;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        List<PersonalRecord> records = new ArrayList<>();
        PersonalRows.of(em, "SELECT id, rating, words, created_at, reply_words, hidden_at FROM pa_review"
                        + " WHERE author_account_id = ? ORDER BY id", person.id())
                .forEach(r -> records.add(PersonalRecord.of("Review you wrote").with("Number", r[0]).with("Rating", r[1])
                        .with("Review", r[2]).with("Written", r[3]).with("The PA's reply", r[4]).with("Hidden by the council", r[5])
                        .build()));
        PersonalRows.of(em, "SELECT id, rating, words, created_at, reply_words, replied_at, report_reason, hidden_at"
                        + " FROM pa_review WHERE pa_account_id = ? ORDER BY id", person.id())
                .forEach(r -> records.add(PersonalRecord.of("Review of you").with("Number", r[0]).with("Rating", r[1])
                        .with("Review", r[2]).with("Written", r[3]).with("Your reply", r[4]).with("Replied", r[5])
                        .with("Your report to the council", r[6]).with("Hidden by the council", r[7]).build()));
        return records;
    }

    @Override
    public void erase(Account person) {
        @SuppressWarnings("unchecked")
        List<Number> reviewedPas = em.createNativeQuery("SELECT DISTINCT pa_account_id FROM pa_review"
                + " WHERE author_account_id = ? AND pa_account_id <> ?")
                .setParameter(1, person.id()).setParameter(2, person.id()).getResultList();
        em.createNativeQuery("DELETE FROM pa_review WHERE author_account_id = ? OR pa_account_id = ?")
                .setParameter(1, person.id()).setParameter(2, person.id()).executeUpdate();
        reviewedPas.forEach(pa -> changed.fire(new PaReviewsChanged(pa.longValue())));
    }
}
