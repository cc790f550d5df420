package care.circles.notification.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.notification.control.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the header, asked once per page. */
@Named
@RequestScoped
public class NotificationCount {

    @Inject
    Notifications notifications;

    @Inject
    CurrentAccount current;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = current.get().map(notifications::unreadCount).orElse(0L);
        }
        return unread;
    }
}
