package care.circles.engagement.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Sends queued change emails every 15 seconds; each email is claimed in its own short transaction. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeEmailTimer {

    @Inject
    ChangeEmails emails;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void sendDue() {
        emails.sendDue();
    }
}
