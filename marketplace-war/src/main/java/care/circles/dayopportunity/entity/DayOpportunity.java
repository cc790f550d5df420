package care.circles.dayopportunity.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import care.circles.payments.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A hub or a spoke as its provider lists it. Listed from the moment it is saved; a withdrawn
 * listing leaves search and takes no new bookings, and can be listed again.
 */
@Entity
@Table(name = "day_opportunity")
@NamedQuery(name = DayOpportunity.BY_PROVIDER, query = "SELECT d FROM DayOpportunity d WHERE d.providerId = :provider"
        + " ORDER BY d.kind, d.name, d.id")
@NamedQuery(name = DayOpportunity.LISTED, query = "SELECT d FROM DayOpportunity d WHERE d.withdrawnAt IS NULL ORDER BY d.id")
@NamedQuery(name = DayOpportunity.LISTED_HUBS, query = "SELECT d FROM DayOpportunity d WHERE d.withdrawnAt IS NULL"
        + " AND d.kind = care.circles.dayopportunity.entity.ListingKind.HUB ORDER BY d.name, d.id")
@NamedQuery(name = DayOpportunity.SPOKES_OF, query = "SELECT d FROM DayOpportunity d WHERE d.withdrawnAt IS NULL"
        + " AND d.hubId = :hub ORDER BY d.name, d.id")
public class DayOpportunity {

    public static final String BY_PROVIDER = "DayOpportunity.byProvider";
    public static final String LISTED = "DayOpportunity.listed";
    public static final String LISTED_HUBS = "DayOpportunity.listedHubs";
    public static final String SPOKES_OF = "DayOpportunity.spokesOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ListingKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "price_pence", nullable = false)
    private int pricePence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "hub_id")
    private Long hubId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(name = "who_it_suits")
    private String whoItSuits;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    private String address;

    @Column(name = "opening_times")
    private String openingTimes;

    private String transport;

    @Column(name = "cancellation_notice_hours", nullable = false)
    private int cancellationNoticeHours;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "day_opportunity_facility", joinColumns = @JoinColumn(name = "day_opportunity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "facility", nullable = false)
    private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "day_opportunity_need", joinColumns = @JoinColumn(name = "day_opportunity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need", nullable = false)
    private Set<SupportedNeed> needs = EnumSet.noneOf(SupportedNeed.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "day_opportunity_funding", joinColumns = @JoinColumn(name = "day_opportunity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "funding", nullable = false)
    private Set<FundingWay> funding = EnumSet.noneOf(FundingWay.class);

    @Version
    private long version;

    protected DayOpportunity() {
    }

    public DayOpportunity(long providerId, ListingKind kind, ListingDetails details, Instant now) {
        this.providerId = providerId;
        this.kind = kind;
        this.createdAt = now;
        update(details, now);
    }

    public void update(ListingDetails details, Instant now) {
        name = details.name();
        placeId = details.place().id();
        address = details.address();
        description = details.description();
        category = details.category();
        whoItSuits = details.whoItSuits();
        minAge = details.minAge();
        maxAge = details.maxAge();
        pricePence = Math.toIntExact(details.price().pence());
        replace(funding, details.funding());
        replace(facilities, details.facilities());
        replace(needs, details.needs());
        openingTimes = details.openingTimes();
        transport = details.transport();
        hubId = kind == ListingKind.SPOKE ? details.hubId() : null;
        capacity = details.capacity();
        cancellationNoticeHours = details.cancellationNoticeHours();
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        withdrawnAt = now;
        updatedAt = now;
    }

    public void relist(Instant now) {
        withdrawnAt = null;
        updatedAt = now;
    }

    public boolean isListed() {
        return withdrawnAt == null;
    }

    public boolean isOwnedBy(long provider) {
        return providerId == provider;
    }

    private static <E extends Enum<E>> Set<E> ordered(Class<E> type, Set<E> stored) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(stored);
        return Collections.unmodifiableSet(copy);
    }

    private static <E> void replace(Set<E> stored, Set<E> wanted) {
        stored.retainAll(wanted);
        stored.addAll(wanted);
    }

    public Long id() {
        return id;
    }

    public long providerId() {
        return providerId;
    }

    public ListingKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public long placeId() {
        return placeId;
    }

    public String description() {
        return description;
    }

    /** Places at each session unless a schedule says otherwise. */
    public int capacity() {
        return capacity;
    }

    /** Per session at a spoke, per day at a hub; nothing means free. */
    public Money price() {
        return Money.ofPence(pricePence);
    }

    public boolean isFree() {
        return pricePence == 0;
    }

    public Long hubId() {
        return hubId;
    }

    public Category category() {
        return category;
    }

    public String whoItSuits() {
        return whoItSuits;
    }

    public Integer minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    public String address() {
        return address;
    }

    public String openingTimes() {
        return openingTimes;
    }

    public String transport() {
        return transport;
    }

    public int cancellationNoticeHours() {
        return cancellationNoticeHours;
    }

    public CancellationPolicy cancellationPolicy() {
        return new CancellationPolicy(cancellationNoticeHours);
    }

    public Set<Facility> facilities() {
        return ordered(Facility.class, facilities);
    }

    public Set<SupportedNeed> needs() {
        return ordered(SupportedNeed.class, needs);
    }

    public Set<FundingWay> funding() {
        return ordered(FundingWay.class, funding);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
