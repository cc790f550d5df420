package care.circles.visit.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.engagement.boundary.PageRequest;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.visit.control.Cover;
import care.circles.visit.entity.CoverAsk;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A cover request as an asked PA sees it (/engage/cover.xhtml?id=), with "Yes, I can cover it". */
@Named
@RequestScoped
public class CoverPage {

    @Inject
    Cover cover;

    @Inject
    CurrentAccount current;

    @Inject
    FacesContext faces;

    @Inject
    java.time.Clock clock;

    private CoverAsk ask;
    private String refusal;

    @PostConstruct
    void fill() {
        ask = PageRequest.id(PageRequest.parameter(faces, "id"))
                .flatMap(id -> cover.askedOf(current.require(), id)).orElse(null);
    }

    public void load() {
        if (ask == null) {
            PageRequest.notFound(faces);
        }
    }

    public String accept() {
        if (ask == null) {
            PageRequest.notFound(faces);
            return null;
        }
        try {
            Agreement agreement = cover.accept(current.require(), ask.request().id());
            return Agreements.link(agreement.id()) + "&faces-redirect=true&done=made";
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        return null;
    }

    public boolean isFound() {
        return ask != null;
    }

    public CoverAsk getAsk() {
        return ask;
    }

    public boolean isOpen() {
        return ask.request().isOpen() && ask.visit().startsAt().isAfter(clock.instant());
    }

    public String getRefusal() {
        return refusal;
    }
}
