package care.circles.advert.boundary;

import java.time.Clock;

import care.circles.account.control.CurrentAccount;
import care.circles.advert.control.JobAdverts;
import care.circles.advert.entity.AdvertChangeRefused;
import care.circles.advert.entity.AdvertStatus;
import care.circles.advert.entity.JobAdvert;
import care.circles.pa.control.CouncilRates;
import care.circles.place.control.Gazetteer;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.PageAnswer;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The poster's own adverts with their status and what can be done next. Each advert's form
 * carries its id in a plain hidden field; the control checks it is the poster's.
 */
@Named
@RequestScoped
public class MyAdverts {

    private static final int PAGE_SIZE = 10;

    @Inject
    JobAdverts adverts;

    @Inject
    CurrentAccount current;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    CouncilRates baseRate;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private String page;
    private String done;
    private String advert;
    private ListPage<AdvertView> list;
    private String refusal;

    public ListPage<AdvertView> getList() {
        if (list == null) {
            ListPage<JobAdvert> found = adverts.postedBy(current.require(), ListPage.number(page), PAGE_SIZE);
            list = new ListPage<>(found.items().stream().map(this::view).toList(), found.total(), found.number(),
                    found.size());
        }
        return list;
    }

    public String submit() {
        return change(AdvertStatus.SUBMITTED);
    }

    public String markFilled() {
        return change(AdvertStatus.FILLED);
    }

    public String withdraw() {
        return change(AdvertStatus.WITHDRAWN);
    }

    private String change(AdvertStatus to) {
        long id;
        try {
            id = Long.parseLong(faces.getExternalContext().getRequestParameterMap().getOrDefault("advertId", ""));
        } catch (NumberFormatException e) {
            PageAnswer.forbidden(faces, "This advert is not one of yours");
            return null;
        }
        try {
            switch (to) {
                case SUBMITTED -> adverts.submit(current.require(), id);
                case FILLED -> adverts.markFilled(current.require(), id);
                default -> adverts.withdraw(current.require(), id);
            }
            return "/adverts/mine.xhtml?faces-redirect=true&done=" + to.name() + "&advert=" + id;
        } catch (AdvertChangeRefused e) {
            refusal = e.getMessage();
        } catch (InvalidInputException e) {
            refusal = e.problems().get(0).message();
        } catch (SecurityException e) {
            PageAnswer.forbidden(faces, "This advert is not one of yours");
        }
        return null;
    }

    /** The line that confirms what the poster just did, after the redirect. */
    public String getConfirmation() {
        if (done == null || advert == null) {
            return null;
        }
        JobAdvert changed;
        try {
            changed = adverts.postedBy(current.require(), Long.parseLong(advert)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
        if (changed == null) {
            return null;
        }
        String title = "\u201c" + changed.title() + "\u201d";
        return switch (done) {
            case "SUBMITTED" -> title + " is sent to the council. They check every advert before it is published,"
                    + " usually within 2 working days." + changed.rate().warningBelow(baseRate.baseHourlyRate())
                    .map(w -> " " + w).orElse("");
            case "FILLED" -> title + " is marked as filled and no longer shown to personal assistants.";
            case "WITHDRAWN" -> title + " is withdrawn and no longer shown to personal assistants.";
            default -> null;
        };
    }

    private AdvertView view(JobAdvert advert) {
        return AdvertView.of(advert, gazetteer.byId(advert.placeId()).orElse(null), clock.instant(), taxonomy.current());
    }

    public boolean canSubmit(AdvertView view) {
        return view.status().canBecome(AdvertStatus.SUBMITTED);
    }

    public boolean canMarkFilled(AdvertView view) {
        return view.status().canBecome(AdvertStatus.FILLED);
    }

    public boolean canWithdraw(AdvertView view) {
        return view.status().canBecome(AdvertStatus.WITHDRAWN);
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

    public String getAdvert() {
        return advert;
    }

    public void setAdvert(String advert) {
        this.advert = advert;
    }
}
