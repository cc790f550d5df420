package care.circles.notification.boundary;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import care.circles.account.control.CurrentAccount;
import care.circles.notification.control.Notifications;
import care.circles.notification.entity.Notification;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in person's notifications, newest first. Opening one is a POST (it marks it read,
 * and a GET never changes anything), then a redirect to what it is about.
 */
@Named
@RequestScoped
public class NotificationList {

    private static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK)
            .withZone(Platform.UK);

    @Inject
    Notifications notifications;

    @Inject
    CurrentAccount current;

    @Inject
    FacesContext faces;

    private String page;
    private ListPage<Notification> list;

    public ListPage<Notification> getList() {
        if (list == null) {
            list = notifications.newestFirst(current.require(), ListPage.number(page), PAGE_SIZE);
        }
        return list;
    }

    public String open() throws IOException {
        long id;
        try {
            id = Long.parseLong(faces.getExternalContext().getRequestParameterMap().getOrDefault("notificationId", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        Notification opened = notifications.open(current.require(), id).orElse(null);
        if (opened == null || opened.link() == null) {
            return "/notifications/index.xhtml?faces-redirect=true";
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + opened.link());
        faces.responseComplete();
        return null;
    }

    public String markAllRead() {
        notifications.markAllRead(current.require());
        return "/notifications/index.xhtml?faces-redirect=true";
    }

    public String when(Notification notification) {
        return WHEN.format(notification.createdAt()).replace("AM", "am").replace("PM", "pm");
    }

    public String pageLink(int number) {
        return "?page=" + number;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
