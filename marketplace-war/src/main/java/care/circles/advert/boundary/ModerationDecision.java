package care.circles.advert.boundary;

import java.time.Clock;

import care.circles.account.control.CurrentAccount;
import care.circles.advert.control.AdvertModeration;
import care.circles.advert.entity.AdvertChangeRefused;
import care.circles.advert.entity.AdvertStatus;
import care.circles.advert.entity.JobAdvert;
import care.circles.advert.entity.RejectionReason;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One advert in full for council staff, with publish and send back (a reason is required). */
@Named
@RequestScoped
public class ModerationDecision {

    @Inject
    AdvertModeration moderation;

    @Inject
    CurrentAccount current;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private Long advertId;
    private AdvertView advert;
    private String reason;
    private String refusal;

    @PostConstruct
    void fill() {
        String id = faces.getExternalContext().getRequestParameterMap().get("id");
        try {
            advertId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            return;
        }
        moderation.advert(current.require(), advertId).ifPresent(this::show);
    }

    public void load() {
        if (advert == null) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public String publish() {
        if (advert == null) {
            return null;
        }
        try {
            moderation.publish(current.require(), advertId);
            return backToQueue(AdvertStatus.PUBLISHED);
        } catch (AdvertChangeRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    public String reject() {
        if (advert == null) {
            return null;
        }
        try {
            moderation.reject(current.require(), advertId, RejectionReason.of(reason));
            return backToQueue(AdvertStatus.REJECTED);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (AdvertChangeRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    private String backToQueue(AdvertStatus done) {
        return "/council/adverts.xhtml?faces-redirect=true&done=" + done.name() + "&advert=" + advertId;
    }

    private void show(JobAdvert found) {
        advert = AdvertView.of(found, gazetteer.byId(found.placeId()).orElse(null), clock.instant(), taxonomy.current());
    }

    public boolean isFound() {
        return advert != null;
    }

    public boolean isWaiting() {
        return advert != null && advert.status() == AdvertStatus.SUBMITTED;
    }

    public AdvertView getAdvert() {
        return advert;
    }

    public Long getAdvertId() {
        return advertId;
    }

    public int getMaxReason() {
        return RejectionReason.MAX;
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
