package care.circles.vetting.entity;

import java.time.Instant;
import java.time.LocalDate;

/** Builds checks for tests: {@code ACheck.of(CheckType.ENHANCED_DBS).expiringOn(date).verified()}. */
final class ACheck {

    static final long PA = 7;
    static final long COUNCIL = 1;
    static final Instant SENT = Instant.parse("2025-03-01T10:00:00Z");

    private final CheckSlot slot;
    private LocalDate expiresOn;
    private Instant sentAt = SENT;

    private ACheck(CheckSlot slot) {
        this.slot = slot;
    }

    static ACheck of(CheckType type) {
        return new ACheck(CheckSlot.of(type));
    }

    static ACheck reference(int number) {
        return new ACheck(new CheckSlot(CheckType.REFERENCE, number));
    }

    ACheck expiringOn(LocalDate date) {
        expiresOn = date;
        return this;
    }

    ACheck sentAt(Instant instant) {
        sentAt = instant;
        return this;
    }

    VettingCheck submitted() {
        return new VettingCheck(PA, new CheckDetails(slot, null, null, null, null, null, null, null, null, expiresOn),
                99, sentAt);
    }

    VettingCheck verified() {
        VettingCheck check = submitted();
        check.verify(COUNCIL, null, sentAt.plusSeconds(3600));
        return check;
    }

    VettingCheck rejected() {
        VettingCheck check = submitted();
        check.reject(COUNCIL, "The photo is too blurred to read", sentAt.plusSeconds(3600));
        return check;
    }
}
