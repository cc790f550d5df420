package care.circles.messaging.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import care.circles.messaging.entity.MessageText;
import jakarta.faces.context.FacesContext;

/** What the message pages share: reading an id from the address, and answering 403 or 404. */
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

    /** Shows the site's error page with this status instead of the page asked for. */
    static void answer(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static String conversationPage(long conversationId, boolean sent) {
        return "/messages/conversation.xhtml?faces-redirect=true&id=" + conversationId + (sent ? "&sent=true" : "");
    }
}
