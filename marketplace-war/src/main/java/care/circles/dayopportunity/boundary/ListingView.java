package care.circles.dayopportunity.boundary;

import java.util.List;

import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.Facility;
import care.circles.dayopportunity.entity.FundingWay;
import care.circles.dayopportunity.entity.ListingDetails;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.SessionPrice;
import care.circles.dayopportunity.entity.SupportedNeed;
import care.circles.place.entity.Place;

/** A hub or spoke as people read it, on its public page and on the provider's pages. */
public record ListingView(long id, boolean hub, String kind, String name, String providerName, String town,
                          String address, String category, String description, String whoItSuits, String ages,
                          String price, List<String> funding, List<String> facilities, List<String> needs,
                          String openingTimes, String transport, String cancellationPolicy, boolean listed) {

    public static ListingView of(DayOpportunity listing, Place place, String providerName, String cancellationPolicy) {
        return new ListingView(listing.id(), listing.kind() == ListingKind.HUB, listing.kind().getLabel(),
                listing.name(), providerName, place == null ? "" : place.name(), listing.address(),
                listing.category().getLabel(), listing.description(), listing.whoItSuits(),
                ListingDetails.ages(listing.minAge(), listing.maxAge()),
                new SessionPrice(listing.price(), listing.kind()).toString(),
                listing.funding().stream().map(FundingWay::getLabel).toList(),
                listing.facilities().stream().map(Facility::getLabel).toList(),
                listing.needs().stream().map(SupportedNeed::getLabel).toList(),
                listing.openingTimes(), listing.transport(), cancellationPolicy, listing.isListed());
    }

    /** "Blandford Forum", or the address and the town when there is an address. */
    public String where() {
        return address == null || address.isBlank() ? town : address + ", " + town;
    }
}
