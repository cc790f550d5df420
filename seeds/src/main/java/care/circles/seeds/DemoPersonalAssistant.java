package care.circles.seeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A PA's profile on the register, owned by the account with {@code accountEmail}. */
public record DemoPersonalAssistant(
        String accountEmail,
        String displayName,
        String placeName,
        Pence hourlyRate,
        String aboutMe,
        List<PaSkill> skills,
        Status status,
        Instant publishedAt,
        Instant updatedAt,
        DemoPaDetails details) {

    /** The values of the {@code pa_profile.status} column. */
    public enum Status { DRAFT, PUBLISHED, UNPUBLISHED }

    public DemoPersonalAssistant {
        Objects.requireNonNull(accountEmail, "accountEmail");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(aboutMe, "aboutMe");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(details, "details");
        if (hourlyRate == null || hourlyRate.amount() == 0) {
            throw new IllegalArgumentException(displayName + " needs an hourly rate above nothing");
        }
        if (skills == null || skills.isEmpty()) {
            throw new IllegalArgumentException(displayName + " needs at least one skill");
        }
        if (status == Status.PUBLISHED && publishedAt == null) {
            throw new IllegalArgumentException(displayName + " is published, so needs the time it was published");
        }
        skills = List.copyOf(skills);
    }
}
