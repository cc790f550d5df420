package care.circles.messaging.boundary;

import java.util.Locale;
import java.util.Optional;

import care.circles.messaging.entity.MessageText;

/** What the message pages share: reading an id from the address, the longest message, the way back to a conversation. */
final class MessagePages {

    /** The longest message, as the hint on the form says it. */
    static final String MAX_LENGTH = String.format(Locale.UK, "%,d", MessageText.MAX_LENGTH);

    private MessagePages() {
    }

    static Optional<Long> id(String typed) {
        try {
            return typed == null ? Optional.empty() : Optional.of(Long.parseLong(typed.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String conversationPage(long conversationId, boolean sent) {
        return "/messages/conversation.xhtml?faces-redirect=true&id=" + conversationId + (sent ? "&sent=true" : "");
    }
}
