package care.circles.messaging.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Messages the person wrote. Erasure removes their words; the conversation stays for the other person. */
@ApplicationScoped
public class MessagePersonalData implements PersonalDataHolder {

    static final String REMOVED = "(This message was removed at the writer's request.)";

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Messages you sent";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT conversation_id, sent_at, body FROM conversation_message"
                        + " WHERE sender_account_id = ? ORDER BY sent_at, id", person.id())
                .stream().map(m -> PersonalRecord.of("Message")
                        .with("Conversation", m[0]).with("Sent", m[1]).with("Text", m[2]).build())
                .toList();
    }

    @Override
    public String keptOnErasure() {
        return "Conversations stay for the people you wrote to, with the words of your messages removed.";
    }

    @Override
    public void erase(Account person) {
        em.createNativeQuery("UPDATE conversation_message SET body = ? WHERE sender_account_id = ?")
                .setParameter(1, REMOVED).setParameter(2, person.id()).executeUpdate();
    }
}
