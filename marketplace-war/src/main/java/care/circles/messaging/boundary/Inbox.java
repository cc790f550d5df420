package care.circles.messaging.boundary;

import java.time.Clock;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.messaging.control.Conversations;
import care.circles.messaging.entity.ConversationSummary;
import care.circles.messaging.entity.InboxPage;
import care.circles.messaging.entity.SpokenTime;
import care.circles.platform.Platform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The list of someone's conversations, and the unread count in the header on every page. */
@Named
@RequestScoped
public class Inbox {

    @Inject
    Conversations conversations;

    @Inject
    CurrentAccount current;

    @Inject
    Clock clock;

    private String page;
    private InboxPage inbox;
    private Long unreadTotal;

    public void load() {
        int asked;
        try {
            asked = page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            asked = 1;
        }
        inbox = conversations.inbox(current.require(), asked);
    }

    /** Whether the header shows "Messages": only for people who can be in conversations. */
    public boolean isShown() {
        return current.get().map(conversations::usesMessages).orElse(false);
    }

    public long getUnreadTotal() {
        if (unreadTotal == null) {
            unreadTotal = isShown() ? conversations.unreadTotal(current.require()) : 0L;
        }
        return unreadTotal;
    }

    public List<ConversationSummary> getItems() {
        return inbox.items();
    }

    public boolean isWithoutConversations() {
        return inbox.total() == 0;
    }

    public boolean isMayStart() {
        return current.get().map(conversations::mayStartWithPa).orElse(false);
    }

    public int getPageNumber() {
        return inbox.page();
    }

    public int getLastPage() {
        return inbox.lastPage();
    }

    public boolean isHasPrevious() {
        return inbox.page() > 1;
    }

    public boolean isHasNext() {
        return inbox.page() < inbox.lastPage();
    }

    public String when(ConversationSummary summary) {
        return SpokenTime.of(summary.lastMessageAt(), clock.instant(), Platform.UK);
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
