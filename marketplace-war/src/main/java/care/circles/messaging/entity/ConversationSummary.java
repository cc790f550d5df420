package care.circles.messaging.entity;

import java.time.Instant;

/**
 * One line of someone's conversation list.
 *
 * @param with        who else is in it, as the reader sees their names
 * @param preview     the start of the last message, on one line
 * @param lastFromMe  whether the reader sent the last message
 * @param unread      messages from others the reader has not opened yet
 */
public record ConversationSummary(long id, String with, String preview, boolean lastFromMe, Instant lastMessageAt,
                                  long unread) {
}
