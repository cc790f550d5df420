package care.circles.messaging.entity;

import java.util.List;

/** One page of someone's conversations, newest first. */
public record InboxPage(long total, int page, int size, List<ConversationSummary> items) {

    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
