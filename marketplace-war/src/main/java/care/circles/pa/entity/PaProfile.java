package care.circles.pa.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.TreeSet;
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

/** A personal assistant's entry on the PA register. */
@Entity
@Table(name = "pa_profile")
@NamedQuery(name = PaProfile.BY_ACCOUNT, query = "SELECT p FROM PaProfile p WHERE p.accountId = :accountId")
@NamedQuery(name = PaProfile.PUBLISHED, query = "SELECT p FROM PaProfile p WHERE p.status = care.circles.pa.entity.ProfileStatus.PUBLISHED ORDER BY p.id")
public class PaProfile {

    public static final String BY_ACCOUNT = "PaProfile.byAccount";
    public static final String PUBLISHED = "PaProfile.published";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "hourly_rate_pence", nullable = false)
    private int hourlyRatePence;

    @Column(name = "about_me", nullable = false)
    private String aboutMe;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProfileStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pa_profile_skill", joinColumns = @JoinColumn(name = "pa_profile_id"))
    @Column(name = "skill", nullable = false)
    private Set<String> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pa_profile_language", joinColumns = @JoinColumn(name = "pa_profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false)
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pa_availability", joinColumns = @JoinColumn(name = "pa_profile_id"))
    @Column(name = "slot", nullable = false)
    private Set<String> availability = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender = Gender.NOT_SAID;

    @Column(name = "has_car", nullable = false)
    private boolean hasCar;

    @Column(name = "has_driving_licence", nullable = false)
    private boolean hasDrivingLicence;

    @Column(name = "travel_km", nullable = false)
    private int travelKm = 10;

    @Column(name = "hours_wanted")
    private Integer hoursWanted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmploymentPreference employment = EmploymentPreference.EITHER;

    @Version
    private long version;

    protected PaProfile() {
    }

    public PaProfile(long accountId, ProfileDetails details, Instant now) {
        this.accountId = accountId;
        this.status = ProfileStatus.DRAFT;
        update(details, now);
    }

    public final void update(ProfileDetails details, Instant now) {
        this.displayName = details.displayName();
        this.placeId = details.place().id();
        this.hourlyRatePence = Math.toIntExact(details.hourlyRate().pence());
        this.aboutMe = details.aboutMe();
        this.skills.clear();
        this.skills.addAll(details.skills());
        this.languages.clear();
        this.languages.addAll(details.languages());
        this.availability.clear();
        this.availability.addAll(details.availability().codes());
        this.gender = details.gender();
        this.hasCar = details.hasCar();
        this.hasDrivingLicence = details.hasDrivingLicence();
        this.travelKm = details.travelKm();
        this.hoursWanted = details.hoursWanted();
        this.employment = details.employment();
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        status = ProfileStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public void unpublish(Instant now) {
        if (status == ProfileStatus.PUBLISHED) {
            status = ProfileStatus.UNPUBLISHED;
            updatedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public long placeId() {
        return placeId;
    }

    public Money hourlyRate() {
        return Money.ofPence(hourlyRatePence);
    }

    public String aboutMe() {
        return aboutMe;
    }

    public ProfileStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ProfileStatus.PUBLISHED;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Set<Language> languages() {
        return languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
    }

    public WeeklyAvailability availability() {
        return WeeklyAvailability.fromCodes(availability);
    }

    public Gender gender() {
        return gender;
    }

    public boolean hasCar() {
        return hasCar;
    }

    public boolean hasDrivingLicence() {
        return hasDrivingLicence;
    }

    public int travelKm() {
        return travelKm;
    }

    public Integer hoursWanted() {
        return hoursWanted;
    }

    public EmploymentPreference employment() {
        return employment;
    }

    /** Support type codes from the council's taxonomy. */
    public Set<String> skills() {
        return new TreeSet<>(skills);
    }
}
