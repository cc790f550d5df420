package care.circles.dayopportunity.boundary;

import java.util.List;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.ListingRefused;
import care.circles.dayopportunity.entity.SessionPrice;
import care.circles.place.control.Gazetteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A provider's own hubs and spokes, with their state and what can be done next. Each row's form
 * carries the listing id in a plain hidden field; the control checks it is the provider's.
 * /provider/* pages are for providers only (web.xml).
 */
@Named
@RequestScoped
public class ProviderListings {

    /** One listing in the provider's list. */
    public record Row(long id, String name, String kind, boolean listed, String town, String price, long upcoming) {
    }

    @Inject
    Listings listings;

    @Inject
    Sessions sessions;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CurrentAccount current;

    @Inject
    FacesContext faces;

    private String done;
    private String listing;
    private List<Row> rows;
    private String notSetUp;

    public List<Row> getRows() {
        if (rows == null) {
            try {
                rows = listings.ownedBy(current.require()).stream().map(this::row).toList();
            } catch (ListingRefused e) {
                notSetUp = e.getMessage();
                rows = List.of();
            }
        }
        return rows;
    }

    private Row row(DayOpportunity l) {
        return new Row(l.id(), l.name(), l.kind().getLabel(), l.isListed(),
                gazetteer.byId(l.placeId()).map(p -> p.name()).orElse(""),
                new SessionPrice(l.price(), l.kind()).toString(), sessions.upcoming(l.id(), 1, 1).total());
    }

    public String getNotSetUp() {
        getRows();
        return notSetUp;
    }

    public String withdraw() {
        return change(false);
    }

    public String relist() {
        return change(true);
    }

    private String change(boolean list) {
        Long id = PageAnswers.id(faces, "listingId");
        if (id == null) {
            PageAnswers.forbidden(faces);
            return null;
        }
        try {
            if (list) {
                listings.relist(current.require(), id);
            } else {
                listings.withdraw(current.require(), id);
            }
            return "/provider/listings.xhtml?faces-redirect=true&done=" + (list ? "LISTED" : "WITHDRAWN") + "&listing=" + id;
        } catch (SecurityException e) {
            PageAnswers.forbidden(faces);
            return null;
        }
    }

    /** The line that confirms what the provider just did, after the redirect. */
    public String getConfirmation() {
        if (done == null || listing == null) {
            return null;
        }
        Optional<DayOpportunity> changed;
        try {
            changed = listings.own(current.require(), Long.parseLong(listing));
        } catch (NumberFormatException | ListingRefused e) {
            return null;
        }
        return changed.map(l -> "\u201c" + l.name() + "\u201d " + switch (done) {
            case "SAVED" -> "is saved and listed: people can find it in search.";
            case "LISTED" -> "is listed again: people can find it and book its sessions.";
            case "WITHDRAWN" -> "is withdrawn: it is out of search and takes no new bookings. Sessions already booked"
                    + " still happen unless you cancel them.";
            default -> "is unchanged.";
        }).orElse(null);
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getListing() {
        return listing;
    }

    public void setListing(String listing) {
        this.listing = listing;
    }
}
