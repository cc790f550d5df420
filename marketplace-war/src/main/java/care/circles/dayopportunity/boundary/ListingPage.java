package care.circles.dayopportunity.boundary;

import java.time.Clock;
import java.util.List;

import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.ProviderRef;
import care.circles.place.control.Gazetteer;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A listed hub or spoke as anyone may see it, with its sessions. Withdrawn listings are simply not found. */
@Named
@RequestScoped
public class ListingPage {

    private static final int SESSIONS_PER_PAGE = 10;

    @Inject
    Listings listings;

    @Inject
    Sessions sessions;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    private String id;
    private String page;
    private DayOpportunity listing;
    private ListingView view;
    private ListPage<SessionRow> upcoming;

    public void load() {
        Long listingId = PageAnswers.id(faces, "id");
        listing = listingId == null ? null : listings.listed(listingId).orElse(null);
        if (listing == null) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        view = ListingView.of(listing, gazetteer.byId(listing.placeId()).orElse(null),
                listings.provider(listing).map(ProviderRef::name).orElse(""), listing.cancellationPolicy().text());
        var found = sessions.upcoming(listing.id(), ListPage.number(page), SESSIONS_PER_PAGE);
        upcoming = new ListPage<>(found.items().stream().map(s -> SessionRow.of(s, clock.instant())).toList(),
                found.total(), found.number(), found.size());
    }

    public boolean isFound() {
        return view != null;
    }

    public ListingView getView() {
        return view;
    }

    public ListPage<SessionRow> getUpcoming() {
        return upcoming;
    }

    public boolean isOffersCarersBreaks() {
        return upcoming != null && upcoming.items().stream().anyMatch(SessionRow::carersBreak);
    }

    /** The spokes in a hub's network, as links. */
    public List<DayOpportunity> getNetwork() {
        return listing == null || listing.kind() != ListingKind.HUB ? List.of() : listings.spokesOf(listing.id());
    }

    /** The hub a spoke belongs to, if it is listed. */
    public DayOpportunity getHub() {
        return listing == null || listing.hubId() == null ? null : listings.listed(listing.hubId()).orElse(null);
    }

    public String pageLink(int number) {
        return "?id=" + view.id() + "&page=" + number + "#sessions-heading";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
