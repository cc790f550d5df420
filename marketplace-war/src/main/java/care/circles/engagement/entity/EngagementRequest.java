package care.circles.engagement.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
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

/**
 * A DP holder's request to a PA. The PA accepts it, declines it with a reason or proposes other
 * terms; the DP holder accepts the proposal, sends changed terms back, or withdraws. Each step
 * is a method that refuses what the current status does not allow.
 */
@Entity
@Table(name = "engagement_request")
@NamedQuery(name = EngagementRequest.INVOLVING, query = "SELECT r FROM EngagementRequest r"
        + " WHERE r.dpHolderAccountId = :account OR r.paAccountId = :account ORDER BY r.updatedAt DESC, r.id DESC")
@NamedQuery(name = EngagementRequest.COUNT_INVOLVING, query = "SELECT COUNT(r) FROM EngagementRequest r"
        + " WHERE r.dpHolderAccountId = :account OR r.paAccountId = :account")
public class EngagementRequest extends TermsRecord {

    public static final String INVOLVING = "EngagementRequest.involving";
    public static final String COUNT_INVOLVING = "EngagementRequest.countInvolving";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "proposal_note")
    private String proposalNote;

    @Column(name = "decline_reason")
    private String declineReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "engagement_request_time", joinColumns = @JoinColumn(name = "engagement_request_id"))
    private Set<VisitTime> times = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "engagement_request_skill", joinColumns = @JoinColumn(name = "engagement_request_id"))
    @Column(name = "skill", nullable = false)
    private Set<String> skillCodes = new HashSet<>();

    @Version
    private long version;

    protected EngagementRequest() {
    }

    public EngagementRequest(long dpHolderAccountId, long paAccountId, long paProfileId, EngagementTerms terms,
                             Instant now) {
        if (dpHolderAccountId == paAccountId) {
            throw new IllegalArgumentException("Nobody can ask themselves to work for them");
        }
        this.dpHolderAccountId = dpHolderAccountId;
        this.paAccountId = paAccountId;
        this.paProfileId = paProfileId;
        this.status = RequestStatus.SENT;
        this.createdAt = now;
        write(terms, now);
    }

    /** The PA accepts the terms the DP holder sent. */
    public void acceptAsPa(Instant now) {
        requireStatus(RequestStatus.SENT, RequestStatus.ACCEPTED);
        move(RequestStatus.ACCEPTED, now);
    }

    /** The DP holder accepts the changes the PA proposed. */
    public void acceptChanges(Instant now) {
        requireStatus(RequestStatus.CHANGES_PROPOSED, RequestStatus.ACCEPTED);
        move(RequestStatus.ACCEPTED, now);
    }

    public void decline(StatedReason reason, Instant now) {
        move(RequestStatus.DECLINED, now);
        declineReason = reason.text();
    }

    /** The PA answers with other terms, and a note saying why. */
    public void proposeChanges(EngagementTerms changed, String note, Instant now) {
        move(RequestStatus.CHANGES_PROPOSED, now);
        write(changed, now);
        proposalNote = note;
    }

    /** The DP holder sends changed terms back to the PA. */
    public void revise(EngagementTerms changed, Instant now) {
        move(RequestStatus.SENT, now);
        write(changed, now);
    }

    public void withdraw(Instant now) {
        move(RequestStatus.WITHDRAWN, now);
    }

    /** Whose answer the request is waiting for; null once it is settled. */
    public Long waitingFor() {
        return switch (status) {
            case SENT -> paAccountId;
            case CHANGES_PROPOSED -> dpHolderAccountId;
            default -> null;
        };
    }

    private void requireStatus(RequestStatus needed, RequestStatus next) {
        if (status != needed) {
            throw new ChangeRefused(status.refusal(next));
        }
    }

    private void move(RequestStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw new ChangeRefused(status.refusal(next));
        }
        status = next;
        updatedAt = now;
    }

    @Override
    protected Collection<VisitTime> storedTimes() {
        return times;
    }

    @Override
    protected Collection<String> storedSkills() {
        return skillCodes;
    }

    public Long id() {
        return id;
    }

    public RequestStatus status() {
        return status;
    }

    public String proposalNote() {
        return proposalNote;
    }

    public String declineReason() {
        return declineReason;
    }
}
