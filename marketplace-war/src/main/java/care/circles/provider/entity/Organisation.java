package care.circles.provider.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

/** A provider, micro-provider, community group or ISF broker on Circles (the {@code provider} table). */
@Entity
@Table(name = "provider")
@NamedQuery(name = Organisation.ALL, query = "SELECT o FROM Organisation o ORDER BY o.id")
public class Organisation {

    public static final String ALL = "Organisation.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Who registered it: its first owner. */
    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MainWork mainWork;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(nullable = false)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "legal_name")
    private String legalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false)
    private OrganisationType type;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    private String website;

    @Column(name = "regulated_personal_care", nullable = false)
    private boolean regulatedPersonalCare;

    @Column(name = "cqc_number")
    private String cqcNumber;

    @Column(name = "staff_count")
    private Integer staffCount;

    @Column(name = "full_time_equivalent")
    private BigDecimal fullTimeEquivalent;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_support", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "support_code")
    private Set<String> supports = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_activity", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "activity_code")
    private Set<String> activities = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_area", joinColumns = @JoinColumn(name = "provider_id"))
    private Set<ServedArea> areas = new HashSet<>();

    protected Organisation() {
    }

    public Organisation(long ownerAccountId, OrganisationDetails details, Instant now) {
        this.accountId = ownerAccountId;
        this.createdAt = now;
        describe(details, now);
    }

    /** Replaces everything the organisation says about itself. */
    public final void describe(OrganisationDetails details, Instant now) {
        name = details.name();
        legalName = details.legalName();
        type = details.type();
        mainWork = details.mainWork();
        placeId = details.town().id();
        description = details.description();
        supports.clear();
        supports.addAll(details.supports());
        activities.clear();
        activities.addAll(details.activities());
        areas.clear();
        details.areas().forEach(area -> areas.add(new ServedArea(area.name(), area.place().id())));
        contactEmail = details.contactEmail().value();
        contactPhone = details.contactPhone();
        website = details.website();
        regulatedPersonalCare = details.regulatedPersonalCare();
        cqcNumber = details.cqcNumber();
        staffCount = details.staffCount();
        fullTimeEquivalent = details.fullTimeEquivalent();
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long founderAccountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String legalName() {
        return legalName == null ? name : legalName;
    }

    public OrganisationType type() {
        return type;
    }

    public MainWork mainWork() {
        return mainWork;
    }

    public long placeId() {
        return placeId;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> supports() {
        return Set.copyOf(supports);
    }

    public Set<String> activities() {
        return Set.copyOf(activities);
    }

    /** Served areas in the order of their names. */
    public List<ServedArea> areas() {
        List<ServedArea> sorted = new ArrayList<>(areas);
        sorted.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return sorted;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String website() {
        return website;
    }

    public boolean regulatedPersonalCare() {
        return regulatedPersonalCare;
    }

    public String cqcNumber() {
        return cqcNumber;
    }

    public Integer staffCount() {
        return staffCount;
    }

    public BigDecimal fullTimeEquivalent() {
        return fullTimeEquivalent;
    }
}
