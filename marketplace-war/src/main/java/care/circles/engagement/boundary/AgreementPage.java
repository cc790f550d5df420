package care.circles.engagement.boundary;

import java.util.EnumSet;
import java.util.Set;

import care.circles.account.control.CurrentAccount;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.AgreementDocument;
import care.circles.engagement.entity.AgreementStatus;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.EmployerDuty;
import care.circles.engagement.entity.StatedReason;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * An agreement in plain English (/engage/agreement.xhtml?id=): the employer's checklist for a
 * DP holder who employs the PA, printing or a PDF, and notice to end it. Only the two people
 * in it find it.
 */
@Named
@RequestScoped
public class AgreementPage {

    @Inject
    Agreements agreements;

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

    private Agreement agreement;
    private AgreementDocument document;
    private String reason;
    private String confirmation;
    private String refusal;

    @PostConstruct
    void fill() {
        agreement = PageRequest.id(PageRequest.parameter(faces, "id"))
                .flatMap(id -> agreements.find(current.require(), id)).orElse(null);
        if ("made".equals(PageRequest.parameter(faces, "done"))) {
            confirmation = "You have an agreement. Its visits are in your calendar.";
        }
    }

    public void load() {
        if (agreement == null) {
            PageRequest.notFound(faces);
        }
    }

    /** Saves the ticked duties: each change is recorded with who and when. */
    public String saveDuties() {
        if (agreement == null) {
            PageRequest.notFound(faces);
            return null;
        }
        Set<EmployerDuty> ticked = EnumSet.noneOf(EmployerDuty.class);
        for (String code : PageRequest.parameters(faces, "duty")) {
            try {
                ticked.add(EmployerDuty.valueOf(code));
            } catch (IllegalArgumentException e) {
                // a tampered form: ignored
            }
        }
        try {
            for (EmployerDuty duty : EmployerDuty.values()) {
                agreement = agreements.markDuty(current.require(), agreement.id(), duty, ticked.contains(duty));
            }
            confirmation = "Your checklist is saved.";
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        document = null;
        return null;
    }

    public String giveNotice() {
        if (agreement == null) {
            PageRequest.notFound(faces);
            return null;
        }
        try {
            agreement = agreements.giveNotice(current.require(), agreement.id(), StatedReason.of(reason, "reason",
                    "Say why you are ending the agreement"));
            confirmation = "Notice is given. The agreement ends on " + care.circles.platform.SpokenDate.of(agreement.endsOn())
                    + "; later visits are cancelled.";
            document = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        return null;
    }

    public AgreementDocument getDocument() {
        if (document == null) {
            document = AgreementDocument.of(agreement, parties.holderOf(agreement), parties.paOf(agreement),
                    parties.townOf(agreement), taxonomy.current(), agreements.today());
        }
        return document;
    }

    public boolean isFound() {
        return agreement != null;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public boolean isEmployer() {
        return current.require().id() == agreement.dpHolderAccountId();
    }

    public boolean isAsPa() {
        return current.require().id() == agreement.paAccountId();
    }

    public boolean isCanGiveNotice() {
        return !agreement.isOneOff() && agreement.status(agreements.today()) == AgreementStatus.ACTIVE;
    }

    public String getNoticeText() {
        return care.circles.engagement.entity.EngagementTerms.noticeText(agreement.noticeWeeks());
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
