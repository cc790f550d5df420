package care.circles.provider.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An owner's invitation to a colleague to join the organisation. The link carries a secret;
 * only its SHA-256 is stored, so a copy of the database opens no invitation.
 */
@Entity
@Table(name = "provider_invitation")
@NamedQuery(name = Invitation.BY_TOKEN, query = "SELECT i FROM Invitation i WHERE i.tokenSha256 = :hash")
@NamedQuery(name = Invitation.OPEN_OF_ORGANISATION, query = "SELECT i FROM Invitation i WHERE i.providerId = :provider"
        + " AND i.acceptedAt IS NULL AND i.cancelledAt IS NULL AND i.expiresAt > :now ORDER BY i.invitedAt DESC")
public class Invitation {

    public static final String BY_TOKEN = "Invitation.byToken";
    public static final String OPEN_OF_ORGANISATION = "Invitation.openOfOrganisation";
    public static final Duration VALID_FOR = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, updatable = false)
    private MemberRole role;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private String tokenSha256;

    @Column(name = "invited_by", nullable = false, updatable = false)
    private long invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_account_id")
    private Long acceptedAccountId;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Invitation() {
    }

    public Invitation(long providerId, String email, MemberRole role, String tokenSha256, long invitedBy, Instant now) {
        this.providerId = providerId;
        this.email = email;
        this.role = role;
        this.tokenSha256 = tokenSha256;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && cancelledAt == null && now.isBefore(expiresAt);
    }

    public void accept(long accountId, Instant now) {
        acceptedAccountId = accountId;
        acceptedAt = now;
    }

    public void cancel(Instant now) {
        cancelledAt = now;
    }

    public Long id() {
        return id;
    }

    public long providerId() {
        return providerId;
    }

    public String email() {
        return email;
    }

    public MemberRole role() {
        return role;
    }

    public long invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
