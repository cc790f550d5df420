package care.circles.messaging.entity;

import java.time.Instant;

/** A message as the reader of a conversation sees it. */
public record ShownMessage(long id, String senderName, boolean mine, String text, Instant sentAt, boolean unread) {
}
