package care.circles.shortlist.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A PA someone is considering. A removed entry is kept, so "Undo" can put it back in its place. */
@Entity
@Table(name = "shortlist_entry")
@NamedQuery(name = ShortlistEntry.ONE,
        query = "SELECT e FROM ShortlistEntry e WHERE e.accountId = :accountId AND e.paProfileId = :paProfileId")
@NamedQuery(name = ShortlistEntry.COUNT_KEPT,
        query = "SELECT COUNT(e) FROM ShortlistEntry e WHERE e.accountId = :accountId AND e.removedAt IS NULL")
@NamedQuery(name = ShortlistEntry.KEPT_WITH_PROFILES, query = "SELECT e, p FROM ShortlistEntry e, PaProfile p"
        + " WHERE p.id = e.paProfileId AND e.accountId = :accountId AND e.removedAt IS NULL ORDER BY e.addedAt, e.id")
public class ShortlistEntry {

    public static final String ONE = "ShortlistEntry.one";
    public static final String COUNT_KEPT = "ShortlistEntry.countKept";
    public static final String KEPT_WITH_PROFILES = "ShortlistEntry.keptWithProfiles";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "pa_profile_id", nullable = false, updatable = false)
    private long paProfileId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected ShortlistEntry() {
    }

    public ShortlistEntry(long accountId, long paProfileId, Instant now) {
        this.accountId = accountId;
        this.paProfileId = paProfileId;
        this.addedAt = now;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public void remove(Instant now) {
        removedAt = now;
    }

    /** Undo: back in the place it had. */
    public void restore() {
        removedAt = null;
    }

    /** Chosen again later: it goes to the end of the list like any new choice. */
    public void addAgain(Instant now) {
        removedAt = null;
        addedAt = now;
    }

    public long paProfileId() {
        return paProfileId;
    }
}
