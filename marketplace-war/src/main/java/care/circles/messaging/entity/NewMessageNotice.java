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
        URI link = URI.create(base(siteUrl) + "/messages/conversation.xhtml?id=" + conversationId);
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

    /** Another short notice (a session cancelled, a place offered): its own words, then its link. */
    public static NewMessageNotice other(String siteUrl, String subject, String body, String path, String councilName) {
        URI link = URI.create(base(siteUrl) + path);
        String text = """
                Hello,

                %s

                Sign in to see the details:
                %s

                Circles, for %s
                """.formatted(body, link, councilName);
        return new NewMessageNotice(subject, text, link);
    }

    private static String base(String siteUrl) {
        return siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }
}
