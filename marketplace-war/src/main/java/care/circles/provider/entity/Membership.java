package care.circles.provider.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One person working for one organisation on Circles. */
@Entity
@Table(name = "provider_member")
@NamedQuery(name = Membership.OF_ORGANISATION,
        query = "SELECT m, a.email FROM Membership m, Account a WHERE a.id = m.accountId AND m.providerId = :provider"
                + " ORDER BY m.joinedAt, m.accountId")
public class Membership {

    public static final String OF_ORGANISATION = "Membership.ofOrganisation";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    public Membership(long providerId, long accountId, MemberRole role, Instant now) {
        this.providerId = providerId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = now;
    }

    public long accountId() {
        return accountId;
    }

    public long providerId() {
        return providerId;
    }

    public MemberRole role() {
        return role;
    }

    public boolean isOwner() {
        return role == MemberRole.OWNER;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
