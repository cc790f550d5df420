package care.circles.vetting.entity;

import java.time.LocalDate;

/**
 * A badge on the PA register: a check the council has verified and that has not expired.
 *
 * @param expiresOn null when the check never needs renewing
 */
public record VerifiedCheck(CheckType type, LocalDate verifiedOn, LocalDate expiresOn) {

    /** Personal care needs a verified photo ID and a verified enhanced DBS check, both in date. */
    public static boolean allowPersonalCare(java.util.Collection<VerifiedCheck> badges) {
        return badges.stream().anyMatch(b -> b.type() == CheckType.IDENTITY)
                && badges.stream().anyMatch(b -> b.type() == CheckType.ENHANCED_DBS);
    }
}
