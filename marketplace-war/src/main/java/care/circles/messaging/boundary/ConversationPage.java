package care.circles.messaging.boundary;

import java.time.Clock;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.messaging.control.ConversationNotFoundException;
import care.circles.messaging.control.Conversations;
import care.circles.messaging.entity.ConversationContents;
import care.circles.messaging.entity.MessageText;
import care.circles.messaging.entity.ShownMessage;
import care.circles.messaging.entity.SpokenTime;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageAnswer;
import care.circles.platform.Platform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One conversation and its reply form. Someone who is not in the conversation gets the same
 * 404 as for an id that does not exist, whether they read or post.
 */
@Named
@RequestScoped
public class ConversationPage {

    @Inject
    Conversations conversations;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private String id;
    private String sent;
    private String body;
    private ConversationContents contents;

    /** Opens the conversation when the page is first shown; a refused reply opens it again. */
    public void load() {
        try {
            show(MessagePages.id(id).orElseThrow(() -> new ConversationNotFoundException(id)));
        } catch (ConversationNotFoundException e) {
            PageAnswer.notFound(faces, "There is no such conversation");
        }
    }

    public String reply() {
        try {
            long conversationId = MessagePages.id(id).orElseThrow(() -> new ConversationNotFoundException(id));
            try {
                conversations.reply(current.require(), conversationId, MessageText.of(body));
                return MessagePages.conversationPage(conversationId, true);
            } catch (InvalidInputException e) {
                feedback.show(e.problems());
                show(conversationId);
            }
        } catch (ConversationNotFoundException e) {
            PageAnswer.notFound(faces, "There is no such conversation");
        }
        return null;
    }

    private void show(long conversationId) {
        contents = conversations.open(current.require(), conversationId);
    }

    public boolean isFound() {
        return contents != null;
    }

    public boolean isSentNotice() {
        return "true".equals(sent) && !faces.isPostback();
    }

    public String getMaxLength() {
        return MessagePages.MAX_LENGTH;
    }

    public String getWith() {
        return contents == null ? "" : contents.with();
    }

    public Long getPaProfileId() {
        return contents == null ? null : contents.paProfileId();
    }

    /** Empty while a post is being decoded: the conversation is opened by load() or the action. */
    public List<ShownMessage> getMessages() {
        return contents == null ? List.of() : contents.messages();
    }

    public String when(ShownMessage message) {
        return SpokenTime.of(message.sentAt(), clock.instant(), Platform.UK);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSent() {
        return sent;
    }

    public void setSent(String sent) {
        this.sent = sent;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
