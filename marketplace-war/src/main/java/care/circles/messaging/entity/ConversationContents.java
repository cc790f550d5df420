package care.circles.messaging.entity;

import java.util.List;

/**
 * A conversation opened by one of its participants.
 *
 * @param with           the other people's names
 * @param paProfileId    the published profile of the other person when they are a PA, or null
 * @param messages       oldest first
 */
public record ConversationContents(long id, String with, Long paProfileId, List<ShownMessage> messages) {
}
