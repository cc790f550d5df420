package care.circles.engagement.control;

import care.circles.notification.control.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells the other side of a request, agreement, visit or timesheet that something changed: a
 * notification in the site, written in the same transaction as the change, and an email
 * saying there is news (without the details) sent after it commits.
 */
@ApplicationScoped
public class ChangeNotices {

    @Inject
    Notifications notifications;

    @Inject
    ChangeEmails emails;

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(long accountId, String message, String link) {
        notifications.send(accountId, message, link);
        emails.queue(accountId, link);
    }
}
