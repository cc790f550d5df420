package care.circles.notification.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Notifications sent to the person. Erasure deletes them. */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Your notifications";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT message, created_at, read_at FROM notification WHERE account_id = ?"
                        + " ORDER BY created_at, id", person.id())
                .stream().map(n -> PersonalRecord.of("Notification")
                        .with("Message", n[0]).with("Sent", n[1]).with("Read", n[2]).build())
                .toList();
    }

    @Override
    public void erase(Account person) {
        em.createNativeQuery("DELETE FROM notification WHERE account_id = ?").setParameter(1, person.id()).executeUpdate();
    }
}
