package care.circles.dayopportunity.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.entity.Category;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.Facility;
import care.circles.dayopportunity.entity.FundingWay;
import care.circles.dayopportunity.entity.ListingDetails;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.ListingRefused;
import care.circles.dayopportunity.entity.SupportedNeed;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A provider lists a hub or a spoke, or changes one. The listing's id (or, for a new one, its
 * kind) travels in a plain hidden field; the control checks on saving that it is the provider's.
 */
@Named
@RequestScoped
public class ListingEditor {

    /** A choice in a group of checkboxes or a list. */
    public record Option(String value, String label) {
    }

    @Inject
    Listings listings;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private Long listingId;
    private ListingKind kind = ListingKind.SPOKE;
    private boolean notFound;
    private String refusal;
    private String name;
    private String town;
    private String address;
    private String description;
    private String category;
    private String whoItSuits;
    private String minAge;
    private String maxAge;
    private String price;
    private List<String> funding = new ArrayList<>();
    private List<String> facilities = new ArrayList<>();
    private List<String> needs = new ArrayList<>();
    private String openingTimes;
    private String transport;
    private String hub;
    private String capacity;
    private String cancellationNoticeHours = "24";

    @PostConstruct
    void fill() {
        Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
        if ("HUB".equals(sent.get("kind"))) {
            kind = ListingKind.HUB;
        }
        String typedId = sent.get("id");
        if (typedId == null || typedId.isBlank()) {
            return;
        }
        listingId = PageAnswers.id(faces, "id");
        if (listingId == null) {
            notFound = true;
            return;
        }
        try {
            listings.own(current.require(), listingId).ifPresentOrElse(this::show, () -> notFound = true);
        } catch (ListingRefused e) {
            refusal = e.getMessage();
        }
    }

    /** On page load: a listing that is not the provider's is simply not found. */
    public void load() {
        PageAnswers.notFoundWhen(faces, notFound);
    }

    public String save() {
        if (notFound) {
            PageAnswers.forbidden(faces);
            return null;
        }
        Map<String, String[]> ticked = faces.getExternalContext().getRequestParameterValuesMap();
        category = chosen(ticked, "category");
        hub = chosen(ticked, "hub");
        cancellationNoticeHours = chosen(ticked, "cancellationNoticeHours");
        funding = values(ticked, "funding");
        facilities = values(ticked, "facilities");
        needs = values(ticked, "needs");
        try {
            ListingDetails details = ListingDetails.of(kind, new ListingDetails.Typed(name, town, address, description,
                    category, whoItSuits, minAge, maxAge, price, funding, facilities, needs, openingTimes, transport,
                    hub, capacity, cancellationNoticeHours), gazetteer.find(town).orElse(null));
            DayOpportunity saved = listingId == null ? listings.create(current.require(), kind, details)
                    : listings.change(current.require(), listingId, details);
            return "/provider/listings.xhtml?faces-redirect=true&done=SAVED&listing=" + saved.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (ListingRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageAnswers.forbidden(faces);
        }
        return null;
    }

    private static String chosen(Map<String, String[]> sent, String name) {
        return sent.containsKey(name) ? sent.get(name)[0] : null;
    }

    private static List<String> values(Map<String, String[]> ticked, String name) {
        return ticked.containsKey(name) ? List.of(ticked.get(name)) : new ArrayList<>();
    }

    private void show(DayOpportunity listing) {
        kind = listing.kind();
        name = listing.name();
        town = gazetteer.byId(listing.placeId()).map(p -> p.name()).orElse("");
        address = listing.address();
        description = listing.description();
        category = listing.category().name();
        whoItSuits = listing.whoItSuits();
        minAge = listing.minAge() == null ? "" : String.valueOf(listing.minAge());
        maxAge = listing.maxAge() == null ? "" : String.valueOf(listing.maxAge());
        price = listing.price().toPlainPounds();
        funding = listing.funding().stream().map(Enum::name).toList();
        facilities = listing.facilities().stream().map(Enum::name).toList();
        needs = listing.needs().stream().map(Enum::name).toList();
        openingTimes = listing.openingTimes();
        transport = listing.transport();
        hub = listing.hubId() == null ? "" : String.valueOf(listing.hubId());
        capacity = String.valueOf(listing.capacity());
        cancellationNoticeHours = String.valueOf(listing.cancellationNoticeHours());
    }

    public boolean isHub() {
        return kind == ListingKind.HUB;
    }

    public boolean isCreating() {
        return listingId == null;
    }

    public String getHeading() {
        if (listingId != null) {
            return "Change " + (name == null ? "the listing" : name);
        }
        return isHub() ? "List a hub" : "List a community activity";
    }

    public List<Option> getCategories() {
        return Arrays.stream(Category.values()).map(c -> new Option(c.name(), c.getLabel())).toList();
    }

    public List<Option> getFundingWays() {
        return Arrays.stream(FundingWay.values()).map(f -> new Option(f.name(), f.getLabel())).toList();
    }

    public List<Option> getFacilityOptions() {
        return Arrays.stream(Facility.values()).map(f -> new Option(f.name(), f.getLabel())).toList();
    }

    public List<Option> getNeedOptions() {
        return Arrays.stream(SupportedNeed.values()).map(n -> new Option(n.name(), n.getLabel())).toList();
    }

    /** Listed hubs a spoke can join, named with their town. */
    public List<Option> getHubs() {
        return listings.hubs().stream().map(h -> new Option(String.valueOf(h.id()),
                h.name() + " (" + gazetteer.byId(h.placeId()).map(p -> p.name()).orElse("") + ")")).toList();
    }

    public List<Option> getNotices() {
        return ListingDetails.NOTICE_CHOICES.stream().map(hours -> new Option(String.valueOf(hours), hours == 0
                ? "No notice needed" : hours % 24 == 0 ? (hours == 24 ? "24 hours" : hours == 168 ? "A week"
                : hours / 24 + " days") : hours + " hours")).toList();
    }

    public boolean ticked(String group, String value) {
        return switch (group) {
            case "funding" -> funding.contains(value);
            case "facilities" -> facilities.contains(value);
            default -> needs.contains(value);
        };
    }

    public int getMaxDescription() {
        return ListingDetails.MAX_DESCRIPTION;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getRefusal() {
        return refusal;
    }

    public Long getListingId() {
        return listingId;
    }

    public String getKind() {
        return kind.name();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getWhoItSuits() {
        return whoItSuits;
    }

    public void setWhoItSuits(String whoItSuits) {
        this.whoItSuits = whoItSuits;
    }

    public String getMinAge() {
        return minAge;
    }

    public void setMinAge(String minAge) {
        this.minAge = minAge;
    }

    public String getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(String maxAge) {
        this.maxAge = maxAge;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getOpeningTimes() {
        return openingTimes;
    }

    public void setOpeningTimes(String openingTimes) {
        this.openingTimes = openingTimes;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    /** The chosen hub's id (a property of its own: {@link #isHub()} says what kind the listing is). */
    public String getHubId() {
        return hub;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getCancellationNoticeHours() {
        return cancellationNoticeHours;
    }

    public void setCancellationNoticeHours(String cancellationNoticeHours) {
        this.cancellationNoticeHours = cancellationNoticeHours;
    }
}
