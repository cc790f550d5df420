package care.circles.dayopportunity.boundary;

import java.time.Clock;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.ListingRefused;
import care.circles.dayopportunity.entity.Recurrence;
import care.circles.dayopportunity.entity.SessionKind;
import care.circles.dayopportunity.entity.SessionPlan;
import care.circles.dayopportunity.entity.SessionSeries;
import care.circles.dayopportunity.entity.SessionTimes;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A provider's sessions of one hub or spoke: what is coming up and how full it is, recent
 * sessions with their registers, and a form to add one-off or repeating sessions. The listing id
 * travels in the address and in a hidden field; the control checks it is the provider's.
 */
@Named
@RequestScoped
public class SessionScheduler {

    private static final int PER_PAGE = 15;

    @Inject
    Listings listings;

    @Inject
    Sessions sessions;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private DayOpportunity listing;
    private boolean notFound;
    private String refusal;
    private ListPage<SessionRow> upcoming;

    @PostConstruct
    void fill() {
        Long listingId = PageAnswers.id(faces, "listing");
        try {
            listing = listingId == null ? null : listings.own(current.require(), listingId).orElse(null);
        } catch (ListingRefused e) {
            refusal = e.getMessage();
        }
        notFound = listing == null;
    }

    public void load() {
        PageAnswers.notFoundWhen(faces, notFound);
    }

    public String add() {
        if (notFound) {
            PageAnswers.forbidden(faces);
            return null;
        }
        try {
            SessionPlan plan = SessionPlan.of(new SessionPlan.Typed(isHub() ? value("kind") : SessionKind.ACTIVITY.name(),
                    value("recurrence"), value("firstDate"), value("firstMonth"), value("firstYear"), value("lastDate"),
                    value("lastMonth"), value("lastYear"), value("startTime"), value("endTime"), value("capacity"),
                    value("bookingCutoffHours"), "true".equals(value("skipBankHolidays")), value("exceptions")),
                    listing.kind(), sessions.today());
            SessionSeries series = listings.schedule(current.require(), listing.id(), plan);
            return "/provider/listings-sessions.xhtml?faces-redirect=true&listing=" + listing.id() + "&added=" + series.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SecurityException e) {
            PageAnswers.forbidden(faces);
        }
        return null;
    }

    /** What was typed into the form, to show it again. */
    public String value(String name) {
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }

    /** Said after sessions were added: the schedule, and how far ahead they are open for booking. */
    public String getConfirmation() {
        Long added = PageAnswers.id(faces, "added");
        if (added == null || listing == null) {
            return null;
        }
        return sessions.schedule(added).filter(s -> s.dayOpportunityId() == listing.id())
                .map(s -> "Sessions added: " + s.plan().describe() + ". People can book them up to "
                        + SessionTimes.day(sessions.horizon()) + "; later ones open as the weeks go by.")
                .orElse(null);
    }

    public ListPage<SessionRow> getUpcoming() {
        if (upcoming == null && listing != null) {
            Long page = PageAnswers.id(faces, "page");
            var found = sessions.upcoming(listing.id(), page == null ? 1 : Math.max(1, page.intValue()), PER_PAGE);
            upcoming = new ListPage<>(found.items().stream().map(s -> SessionRow.of(s, clock.instant())).toList(),
                    found.total(), found.number(), found.size());
        }
        return upcoming;
    }

    public List<SessionRow> getRecent() {
        return listing == null ? List.of()
                : sessions.recent(listing.id()).stream().map(s -> SessionRow.of(s, clock.instant())).toList();
    }

    /** Each schedule as a sentence, like "Carers' short break: Every Thursday, 10:00 to 16:00, from ...". */
    public List<String> getSchedules() {
        return listing == null ? List.of() : sessions.schedulesOf(listing.id()).stream()
                .map(s -> s.kind().getLabel() + ": " + s.plan().describe()
                        + (s.plan().exceptions().isEmpty() ? "" : " (not on " + s.plan().exceptions().stream().sorted()
                        .map(SessionTimes::day).reduce((a, b) -> a + ", " + b).orElse("") + ")")
                        + (s.plan().skipBankHolidays() ? ", not on bank holidays" : ""))
                .toList();
    }

    public String pageLink(int number) {
        return "?listing=" + listing.id() + "&page=" + number;
    }

    public boolean isHub() {
        return listing != null && listing.kind() == ListingKind.HUB;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getName() {
        return listing == null ? "" : listing.name();
    }

    public long getListingId() {
        return listing == null ? 0 : listing.id();
    }

    /** The form's starting values: the listing's places, booking closing a day before, bank holidays skipped. */
    public String prefilled(String name) {
        String typed = value(name);
        if (typed != null || listing == null) {
            return typed;
        }
        return switch (name) {
            case "capacity" -> String.valueOf(listing.capacity());
            case "bookingCutoffHours" -> "24";
            case "kind" -> SessionKind.ACTIVITY.name();
            case "recurrence" -> Recurrence.WEEKLY.name();
            default -> null;
        };
    }

    /** Ticked at first; after a form was sent, as it was sent. */
    public boolean isSkippingBankHolidays() {
        return value("recurrence") == null || "true".equals(value("skipBankHolidays"));
    }

    public List<SessionKind> getKinds() {
        return List.of(SessionKind.values());
    }

    public List<Recurrence> getRecurrences() {
        return List.of(Recurrence.values());
    }

    public List<Integer> getCutoffs() {
        return SessionPlan.CUTOFF_CHOICES;
    }

    public String cutoffLabel(int hours) {
        return hours == 0 ? "When the session starts" : hours + " hours before it starts";
    }
}
