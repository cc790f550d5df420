package care.circles.vetting.entity;

import care.circles.platform.SpokenDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One PA's checks seen on one day: which badges they have, what is still missing, and whether
 * a check may be sent (again). The rules are here so the pages, the API and the control that
 * refuses a submission all agree.
 */
public final class VettingProgress {

    /** Verified checks this close to their expiry date can be renewed, and the council lists them. */
    public static final int EXPIRING_WITHIN_DAYS = 30;

    private final List<VettingCheck> checks;
    private final LocalDate today;
    private final ZoneId zone;

    /**
     * @param checks every check of one PA, in any order
     * @param zone   where "the day a check was verified" is counted
     */
    public VettingProgress(List<VettingCheck> checks, LocalDate today, ZoneId zone) {
        this.checks = List.copyOf(checks);
        this.today = today;
        this.zone = zone;
    }

    /**
     * The badges: one per type that has a verified, unexpired check. References count only
     * when both are verified, and then as one badge dated by the later one.
     */
    public List<VerifiedCheck> currentlyVerified() {
        List<VerifiedCheck> badges = new ArrayList<>();
        for (CheckType type : CheckType.values()) {
            List<VettingCheck> verified = new ArrayList<>();
            for (int n = 1; n <= type.needed(); n++) {
                verifiedIn(new CheckSlot(type, n)).ifPresent(verified::add);
            }
            if (verified.size() == type.needed()) {
                LocalDate verifiedOn = verified.stream().map(c -> c.decidedAt().atZone(zone).toLocalDate())
                        .max(Comparator.naturalOrder()).orElseThrow();
                LocalDate expiresOn = verified.stream().map(VettingCheck::expiresOn).filter(d -> d != null)
                        .min(Comparator.naturalOrder()).orElse(null);
                badges.add(new VerifiedCheck(type, verifiedOn, expiresOn));
            }
        }
        return badges;
    }

    public boolean isVerified(CheckType type) {
        return currentlyVerified().stream().anyMatch(badge -> badge.type() == type);
    }

    /** Personal care needs a verified photo ID and a verified enhanced DBS check, both in date. */
    public boolean mayOfferPersonalCare() {
        return VerifiedCheck.allowPersonalCare(currentlyVerified());
    }

    /** Checks with nothing verified and nothing waiting for the council. */
    public List<CheckSlot> missing() {
        return CheckSlot.all().stream()
                .filter(slot -> verifiedIn(slot).isEmpty() && waitingIn(slot).isEmpty())
                .toList();
    }

    /** The checks the PA is still concerned with: everything not replaced by a newer one, newest first. */
    public List<VettingCheck> current() {
        return checks.stream().filter(c -> c.status() != CheckStatus.SUPERSEDED)
                .sorted(Comparator.comparing(VettingCheck::submittedAt).reversed())
                .toList();
    }

    /** Why this check cannot be sent now, or empty when it can. */
    public Optional<String> whyNotSubmit(CheckSlot slot) {
        if (waitingIn(slot).isPresent()) {
            return Optional.of("You have already sent your " + slot.inSentence() + ". The council will check it soon. "
                    + "If they cannot accept it, you can send it again.");
        }
        Optional<VettingCheck> verified = verifiedIn(slot);
        if (verified.isPresent() && !verified.get().isExpiringWithin(EXPIRING_WITHIN_DAYS, today)) {
            LocalDate expiresOn = verified.get().expiresOn();
            return Optional.of("Your " + slot.inSentence() + " is verified" + (expiresOn == null
                    ? " and does not need renewing."
                    : " until " + SpokenDate.of(expiresOn) + ". You can send a new one from "
                    + SpokenDate.of(expiresOn.minusDays(EXPIRING_WITHIN_DAYS)) + "."));
        }
        return Optional.empty();
    }

    public boolean maySubmit(CheckSlot slot) {
        return whyNotSubmit(slot).isEmpty();
    }

    /** Checks a new submission for this slot replaces at once: ones that no longer count for anything. */
    public List<VettingCheck> replacedBySubmission(CheckSlot slot) {
        return inSlot(slot).stream()
                .filter(c -> c.status() == CheckStatus.REJECTED || c.statusOn(today) == CheckStatus.EXPIRED)
                .toList();
    }

    /**
     * Checks a newly verified one replaces. A verified check that is only expiring keeps its badge
     * until its renewal is verified, so there is no gap.
     */
    public List<VettingCheck> replacedByVerifying(VettingCheck verified) {
        return inSlot(verified.slot()).stream()
                .filter(c -> c != verified)
                .filter(c -> c.status() == CheckStatus.VERIFIED || c.status() == CheckStatus.EXPIRED)
                .toList();
    }

    private Optional<VettingCheck> verifiedIn(CheckSlot slot) {
        return inSlot(slot).stream().filter(c -> c.isVerifiedOn(today))
                .max(Comparator.comparing(VettingCheck::decidedAt));
    }

    private Optional<VettingCheck> waitingIn(CheckSlot slot) {
        return inSlot(slot).stream().filter(c -> c.status() == CheckStatus.SUBMITTED).findFirst();
    }

    private List<VettingCheck> inSlot(CheckSlot slot) {
        return checks.stream().filter(c -> c.slot().equals(slot)).toList();
    }
}
