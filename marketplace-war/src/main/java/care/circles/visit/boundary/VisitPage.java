package care.circles.visit.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.engagement.boundary.NamedParties;
import care.circles.engagement.boundary.PageRequest;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.StatedReason;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.visit.control.Cover;
import care.circles.visit.control.Visits;
import care.circles.visit.entity.CoverRequest;
import care.circles.visit.entity.Visit;
import care.circles.visit.entity.VisitStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One visit (/engage/visit.xhtml?id=): cancelling it with a reason, and, when the PA cancelled at
 * short notice, finding cover: the DP holder sees PAs who could step in and asks them in one go.
 */
@Named
@RequestScoped
public class VisitPage {

    @Inject
    Visits visits;

    @Inject
    Cover cover;

    @Inject
    CurrentAccount current;

    @Inject
    NamedParties parties;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    java.time.Clock clock;

    private Visit visit;
    private String reason;
    private String confirmation;
    private String refusal;
    private List<PaHit> candidates;
    private boolean searchDown;

    @PostConstruct
    void fill() {
        visit = PageRequest.id(PageRequest.parameter(faces, "id"))
                .flatMap(id -> visits.find(current.require(), id)).orElse(null);
    }

    public void load() {
        if (visit == null) {
            PageRequest.notFound(faces);
        }
    }

    public String cancel() {
        if (visit == null) {
            PageRequest.notFound(faces);
            return null;
        }
        try {
            visit = visits.cancel(current.require(), visit.id(), StatedReason.of(reason, "reason",
                    "Say why the visit is cancelled, so the other side knows"));
            confirmation = "The visit is cancelled and " + getOtherName() + " is told.";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        return null;
    }

    public String askForCover() {
        if (visit == null) {
            PageRequest.notFound(faces);
            return null;
        }
        List<Long> chosen = new ArrayList<>();
        PageRequest.parameters(faces, "pa").forEach(id -> PageRequest.id(id).ifPresent(chosen::add));
        try {
            CoverRequest asked = cover.ask(current.require(), visit.id(), chosen);
            confirmation = "We asked " + cover.askedCount(asked.id()) + " PAs. The first to say yes will cover the visit;"
                    + " you will be told.";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        return null;
    }

    public boolean isFound() {
        return visit != null;
    }

    public Visit getVisit() {
        return visit;
    }

    public boolean isAsPa() {
        return current.require().id() == visit.paAccountId();
    }

    public String getOtherName() {
        return parties.nameOf(isAsPa() ? visit.dpHolderAccountId() : visit.paAccountId());
    }

    public String getCancelledByName() {
        Long by = visit.cancelledBy();
        return by == null ? "" : by == current.require().id() ? "You" : parties.nameOf(by);
    }

    public boolean isCanCancel() {
        return visit.status() == VisitStatus.PLANNED && visit.startsAt().isAfter(clock.instant());
    }

    public String getAgreementLink() {
        return Agreements.link(visit.agreementId());
    }

    /** Cover is the DP holder's to look for, once their PA cancelled at short notice. */
    public boolean isCoverOffered() {
        return !isAsPa() && visit.needsCover() && visit.startsAt().isAfter(clock.instant());
    }

    public Optional<CoverRequest> coverRequest() {
        return cover.forVisit(current.require(), visit.id());
    }

    public boolean isCovered() {
        return coverRequest().map(r -> !r.isOpen()).orElse(false);
    }

    public String getCoveredBy() {
        return coverRequest().map(CoverRequest::filledBy).map(parties::nameOf).orElse("");
    }

    public int getAskedCount() {
        return coverRequest().map(r -> cover.askedCount(r.id())).orElse(0);
    }

    public List<PaHit> getCandidates() {
        if (candidates == null) {
            try {
                candidates = cover.candidates(current.require(), visit.id());
            } catch (SearchUnavailableException e) {
                searchDown = true;
                candidates = List.of();
            } catch (ChangeRefused e) {
                candidates = List.of();
            }
        }
        return candidates;
    }

    public boolean isSearchDown() {
        getCandidates();
        return searchDown;
    }

    public int getShortNoticeHours() {
        return (int) visits.shortNotice().toHours();
    }

    public String getConfirmation() {
        return confirmation;
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
