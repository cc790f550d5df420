package care.circles.card.boundary;

import java.util.List;
import java.util.function.LongFunction;

import care.circles.account.control.CurrentAccount;
import care.circles.card.control.Cards;
import care.circles.card.entity.CardChangeRefused;
import care.circles.card.entity.CardView;
import care.circles.card.entity.DecisionView;
import care.circles.payment.boundary.RequestForms;
import care.circles.payment.control.PaymentsNotSetUp;
import care.circles.payments.card.CardIssuerException;
import care.circles.payments.card.ReplacementReason;
import care.circles.platform.FormFeedback;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The holder's pre-paid card (/money/card.xhtml): freeze it, unfreeze it, replace it when it is
 * lost, stolen or damaged, and every card payment a shop asked for, with the plain reason for
 * each decline. The forms carry the card's id in a plain hidden field; the control checks it is
 * the holder's card.
 */
@Named
@RequestScoped
public class CardPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    Cards cards;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String page;
    private String done;
    private String refusal;
    private List<CardView> cardList;
    private ListPage<DecisionView> decisions;

    public String freeze() {
        return change("frozen", id -> cards.freeze(current.require(), id));
    }

    public String unfreeze() {
        return change("unfrozen", id -> cards.unfreeze(current.require(), id));
    }

    public String replace() {
        String reason = RequestForms.parameter(faces, "replacementReason");
        ReplacementReason why;
        try {
            why = ReplacementReason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            feedback.show("replacementReason-LOST", "Choose why the card needs replacing");
            return null;
        }
        return change("replaced", id -> cards.replace(current.require(), id, why));
    }

    private String change(String what, LongFunction<CardView> change) {
        var cardId = RequestForms.id(faces, "cardId");
        if (cardId.isEmpty()) {
            RequestForms.forbidden(faces);
            return null;
        }
        try {
            change.apply(cardId.get());
            return "/money/card.xhtml?faces-redirect=true&done=" + what;
        } catch (CardChangeRefused e) {
            refusal = e.getMessage();
        } catch (CardIssuerException e) {
            refusal = "The card company could not be reached, so nothing has changed. Try again in a few minutes."
                    + " If your card is lost or stolen, phone the council now.";
        } catch (PaymentsNotSetUp e) {
            refusal = e.messageForPeople();
        } catch (SecurityException e) {
            RequestForms.forbidden(faces);
        }
        return null;
    }

    public List<CardView> getCards() {
        if (cardList == null) {
            cardList = cards.cardsOf(current.require());
        }
        return cardList;
    }

    public ListPage<DecisionView> getDecisions() {
        if (decisions == null) {
            decisions = cards.decisionsOf(current.require(), ListPage.number(page), PAGE_SIZE);
        }
        return decisions;
    }

    public ReplacementReason[] getReplacementReasons() {
        return ReplacementReason.values();
    }

    /** "Lost" from LOST, for the radio labels. */
    public String label(ReplacementReason reason) {
        return switch (reason) {
            case LOST -> "It is lost";
            case STOLEN -> "It was stolen";
            case DAMAGED -> "It is damaged or does not work";
            case EXPIRED -> "It has expired";
        };
    }

    public String getConfirmation() {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "frozen" -> "Your card is frozen. Card payments are declined until you unfreeze it.";
            case "unfrozen" -> "Your card is unfrozen and can be used again.";
            case "replaced" -> "Your old card is cancelled and a new card has been issued. Use the new card from now on.";
            default -> null;
        };
    }

    public String getRefusal() {
        return refusal;
    }

    public String pageLink(int number) {
        return "?page=" + number;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }
}
