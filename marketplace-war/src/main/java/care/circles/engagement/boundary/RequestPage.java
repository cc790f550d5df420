package care.circles.engagement.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.engagement.control.EngagementRequests;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.EngagementRequest;
import care.circles.engagement.entity.EngagementTerms;
import care.circles.engagement.entity.HouseholdFamily;
import care.circles.engagement.entity.RequestStatus;
import care.circles.engagement.entity.StatedReason;
import care.circles.messaging.entity.SpokenTime;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One request with its terms and history (/engage/request.xhtml?id=), and the answers the
 * person whose turn it is can give. Someone else's request is simply not found.
 */
@Named
@RequestScoped
public class RequestPage {

    /** A line of the history as both sides read it. */
    public record Step(String when, String who, String what, String detail) {
    }

    @Inject
    EngagementRequests requests;

    @Inject
    CurrentAccount current;

    @Inject
    NamedParties parties;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private EngagementRequest request;
    private String reason;
    private String done;
    private String refusal;

    @PostConstruct
    void fill() {
        request = PageRequest.id(PageRequest.parameter(faces, "id"))
                .flatMap(id -> requests.find(current.require(), id)).orElse(null);
        done = PageRequest.parameter(faces, "done");
    }

    public void load() {
        if (request == null) {
            PageRequest.notFound(faces);
        }
    }

    public String accept() {
        return act(() -> {
            Agreement agreement = requests.accept(current.require(), request.id(),
                    PageRequest.parameter(faces, HouseholdFamily.FIELD));
            return "/engage/agreement.xhtml?faces-redirect=true&done=made&id=" + agreement.id();
        });
    }

    public String decline() {
        return act(() -> {
            requests.decline(current.require(), request.id(), StatedReason.of(reason, "reason",
                    "Say why you are saying no, so the person can look elsewhere or change the request"));
            return again("DECLINED");
        });
    }

    public String withdraw() {
        return act(() -> {
            requests.withdraw(current.require(), request.id());
            return again("WITHDRAWN");
        });
    }

    private String again(String what) {
        return "/engage/request.xhtml?faces-redirect=true&done=" + what + "&id=" + request.id();
    }

    private String act(java.util.function.Supplier<String> step) {
        if (request == null) {
            PageRequest.notFound(faces);
            return null;
        }
        try {
            return step.get();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        request = requests.find(current.require(), request.id()).orElse(request);
        return null;
    }

    public String getConfirmation() {
        if (done == null || request == null) {
            return null;
        }
        return switch (done) {
            case "NEW" -> "Your request is sent. " + getPaName() + " is told and can accept, say no or propose changes.";
            case "PROPOSE" -> "Your changes are sent. " + getHolderName() + " can accept them.";
            case "REVISE" -> "Your changed request is sent to " + getPaName() + ".";
            case "DECLINED" -> "You said no to this request.";
            case "WITHDRAWN" -> "You withdrew this request.";
            default -> null;
        };
    }

    public boolean isFound() {
        return request != null;
    }

    public EngagementRequest getRequest() {
        return request;
    }

    public EngagementTerms getTerms() {
        return request.terms(requests.placeOf(request.placeId()));
    }

    public String getSupport() {
        return String.join(", ", taxonomy.current().ordered(request.skills()).stream().map(taxonomy.current()::label).toList());
    }

    public String getStartDate() {
        return SpokenDate.of(request.startDate());
    }

    public String getPaName() {
        return parties.paOf(request);
    }

    public String getHolderName() {
        return parties.holderOf(request);
    }

    public RequestStatus getStatus() {
        return request.status();
    }

    private boolean mine(long accountId) {
        return current.require().id() == accountId;
    }

    public boolean isAsPa() {
        return mine(request.paAccountId());
    }

    public boolean isMyTurn() {
        return EngagementRequests.waitingFor(request, current.require());
    }

    public boolean isCanWithdraw() {
        return !isAsPa() && request.status().isOpen();
    }

    public Optional<Long> agreementId() {
        return em.createQuery("SELECT a.id FROM Agreement a WHERE a.engagementRequestId = :id", Long.class)
                .setParameter("id", request.id()).getResultStream().findFirst();
    }

    public Long getAgreementId() {
        return request.status() == RequestStatus.ACCEPTED ? agreementId().orElse(null) : null;
    }

    public List<Step> getHistory() {
        Account viewer = current.require();
        return requests.history(viewer, request.id()).stream().map(e -> new Step(
                SpokenTime.of(e.occurredAt(), clock.instant(), Platform.UK),
                e.actorAccountId() == null ? "Circles" : e.actorAccountId() == viewer.id() ? "You"
                        : parties.nameOf(e.actorAccountId()),
                describe(e.action()), e.detail())).toList();
    }

    private static String describe(String action) {
        return switch (action) {
            case "REQUEST_SENT" -> "sent the request";
            case "CHANGES_PROPOSED" -> "proposed changes";
            case "CHANGES_ACCEPTED" -> "accepted the changes";
            case "REQUEST_ACCEPTED" -> "accepted the request";
            case "REQUEST_DECLINED" -> "said no";
            case "REQUEST_REVISED" -> "changed the request and sent it again";
            case "REQUEST_WITHDRAWN" -> "withdrew the request";
            default -> action.toLowerCase(java.util.Locale.UK).replace('_', ' ');
        };
    }

    public String getRefusal() {
        return refusal;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
