package care.circles.advert.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import care.circles.account.control.CurrentAccount;
import care.circles.advert.control.AdvertModeration;
import care.circles.advert.entity.JobAdvert;
import care.circles.place.control.Gazetteer;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council's queue of job adverts waiting for a check, oldest first. /council/* is council-only in web.xml. */
@Named
@RequestScoped
public class ModerationQueue {

    private static final int PAGE_SIZE = 20;

    @Inject
    AdvertModeration moderation;

    @Inject
    CurrentAccount current;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Clock clock;

    private String page;
    private String done;
    private String advert;
    private ListPage<Waiting> list;

    /** One line of the queue. */
    public record Waiting(long id, String title, String town, String sent, String waiting) {
    }

    public ListPage<Waiting> getList() {
        if (list == null) {
            ListPage<JobAdvert> found = moderation.waiting(current.require(), ListPage.number(page), PAGE_SIZE);
            Instant now = clock.instant();
            list = new ListPage<>(found.items().stream().map(a -> new Waiting(a.id(), a.title(),
                    gazetteer.byId(a.placeId()).map(p -> p.name()).orElse(""), AdvertView.day(a.submittedAt()),
                    age(Duration.between(a.submittedAt(), now)))).toList(), found.total(), found.number(), found.size());
        }
        return list;
    }

    /** "3 days", "5 hours", "less than an hour". */
    static String age(Duration waited) {
        long days = waited.toDays();
        if (days > 0) {
            return days == 1 ? "1 day" : days + " days";
        }
        long hours = waited.toHours();
        if (hours > 0) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return "less than an hour";
    }

    public String getConfirmation() {
        if (done == null || advert == null) {
            return null;
        }
        String title;
        try {
            title = moderation.advert(current.require(), Long.parseLong(advert)).map(JobAdvert::title).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
        if (title == null) {
            return null;
        }
        return switch (done) {
            case "PUBLISHED" -> "\u201c" + title + "\u201d is published. The poster and matching personal assistants are told.";
            case "REJECTED" -> "\u201c" + title + "\u201d is sent back to the poster with your reason.";
            default -> null;
        };
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
