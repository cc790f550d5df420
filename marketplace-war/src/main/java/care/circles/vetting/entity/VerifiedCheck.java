package care.circles.vetting.entity;

import java.time.LocalDate;

/**
 * A badge on the PA register: a check the council has verified and that has not expired.
 *
 * @param expiresOn null when the check never needs renewing
 */
public record VerifiedCheck(CheckType type, LocalDate verifiedOn, LocalDate expiresOn) {
}
