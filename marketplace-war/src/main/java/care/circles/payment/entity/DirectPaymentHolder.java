package care.circles.payment.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who holds a direct payment account: the person it is for, their representative if someone
 * manages it for them, and the holder's choices. The money itself is in the payments ledger.
 */
@Entity
@Table(name = "direct_payment_holder")
public class DirectPaymentHolder {

    @Id
    @Column(name = "direct_payment_account_id")
    private Long directPaymentAccountId;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Column(name = "representative_name")
    private String representativeName;

    @Column(name = "issuer_cardholder_id")
    private String issuerCardholderId;

    @Column(name = "pays_timesheets_automatically", nullable = false)
    private boolean paysTimesheetsAutomatically;

    @Column(name = "pseudonymised_at")
    private Instant pseudonymisedAt;

    /** Where the person lives, when the council knows it: their locality in the market view. */
    @Column(name = "place_id")
    private Long placeId;

    protected DirectPaymentHolder() {
    }

    /** @param placeId where the person lives, or null when the council does not know */
    public DirectPaymentHolder(long directPaymentAccountId, HolderNames names, Long placeId) {
        this.directPaymentAccountId = directPaymentAccountId;
        this.personName = names.person();
        this.representativeName = names.representative().orElse(null);
        this.placeId = placeId;
    }

    public long directPaymentAccountId() {
        return directPaymentAccountId;
    }

    public String personName() {
        return personName;
    }

    /** The representative who manages the account for the person, or null. */
    public String representativeName() {
        return representativeName;
    }

    /** The name the account is known by: the person's, with their representative's if any. */
    public String displayName() {
        return representativeName == null ? personName : personName + " (managed by " + representativeName + ")";
    }

    public String issuerCardholderId() {
        return issuerCardholderId;
    }

    public void enrolledAsCardholder(String issuerCardholderId) {
        this.issuerCardholderId = issuerCardholderId;
    }

    /** Whether approved timesheets are paid without the holder confirming each one. */
    public boolean paysTimesheetsAutomatically() {
        return paysTimesheetsAutomatically;
    }

    public void payTimesheetsAutomatically(boolean automatically) {
        this.paysTimesheetsAutomatically = automatically;
    }

    public boolean isPseudonymised() {
        return pseudonymisedAt != null;
    }

    /** The person asked to be forgotten: names go, the financial record stays (kept 7 years at least). */
    public void pseudonymise(String pseudonym, Instant at) {
        this.personName = pseudonym;
        this.representativeName = null;
        this.pseudonymisedAt = at;
    }
}
