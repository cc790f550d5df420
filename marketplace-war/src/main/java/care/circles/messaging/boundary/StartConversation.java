package care.circles.messaging.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.messaging.control.ConversationNotFoundException;
import care.circles.messaging.control.Conversations;
import care.circles.messaging.entity.MessageText;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A person with a direct payment writes a first message to a PA, from the PA's profile. If the
 * two already have a conversation, the page goes straight to it.
 */
@Named
@RequestScoped
public class StartConversation {

    @Inject
    Conversations conversations;

    @Inject
    PaProfiles profiles;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String pa;
    private String body;
    private PaProfile profile;

    /** @return where to go instead of this page (a conversation the two already have), or null to show it */
    public String load() {
        Account me = current.require();
        if (!conversations.mayStartWithPa(me)) {
            PageAnswer.forbidden(faces, "This conversation is not one of yours");
            return null;
        }
        if (!findProfile(me)) {
            return null;
        }
        return conversations.existingWithPa(me, profile.id())
                .map(id -> MessagePages.conversationPage(id, false))
                .orElse(null);
    }

    public String send() {
        Account me = current.require();
        try {
            long profileId = MessagePages.id(pa).orElseThrow(() -> new ConversationNotFoundException(pa));
            long conversationId = conversations.startWithPa(me, profileId, MessageText.of(body));
            return MessagePages.conversationPage(conversationId, true);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            findProfile(me);
        } catch (ConversationNotFoundException e) {
            PageAnswer.notFound(faces, "There is no such conversation");
        } catch (SecurityException e) {
            PageAnswer.forbidden(faces, "This conversation is not one of yours");
        }
        return null;
    }

    /** The PA's published profile, or a 404 for someone not on the register. */
    private boolean findProfile(Account me) {
        profile = MessagePages.id(pa).flatMap(profiles::published).filter(p -> p.accountId() != me.id()).orElse(null);
        if (profile == null) {
            PageAnswer.notFound(faces, "There is no such conversation");
        }
        return profile != null;
    }

    public boolean isFound() {
        return profile != null;
    }

    public String getPaName() {
        return profile == null ? "" : profile.displayName();
    }

    public Long getProfileId() {
        return profile == null ? null : profile.id();
    }

    public String getMaxLength() {
        return MessagePages.MAX_LENGTH;
    }

    public String getPa() {
        return pa;
    }

    public void setPa(String pa) {
        this.pa = pa;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
