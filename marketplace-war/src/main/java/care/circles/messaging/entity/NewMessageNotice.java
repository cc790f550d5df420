package care.circles.messaging.entity;

import java.net.URI;

/**
 * The words of the email about a new message. On purpose it carries neither the message nor who
 * sent it: email is not private, and the reader signs in to see both.
 */
public record NewMessageNotice(String subject, String text, URI link) {

    public static final String SUBJECT = "You have a new message on Circles";

    /** @param siteUrl the address people use to reach Circles, like https://circles.dorsetcouncil.gov.uk */
    public static NewMessageNotice forConversation(String siteUrl, long conversationId, String councilName) {
        String base = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        URI link = URI.create(base + "/messages/conversation.xhtml?id=" + conversationId);
        String text = """
                Hello,

                You have a new message on Circles.

                To read it and reply, sign in and open the conversation:
                %s

                To keep your conversations private we never put messages in emails.
                We email you at most once every 15 minutes about the same conversation.

                Circles, for %s
                """.formatted(link, councilName);
        return new NewMessageNotice(SUBJECT, text, link);
    }
}
