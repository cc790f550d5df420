package care.circles.isf.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An outcome of the person's support plan, in their own words. */
@Entity
@Table(name = "isf_outcome")
@NamedQuery(name = Outcome.OF_ISF, query = "SELECT o FROM Outcome o WHERE o.isfId = :isf ORDER BY o.position")
public class Outcome {

    public static final String OF_ISF = "Outcome.ofIsf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "isf_id", nullable = false, updatable = false)
    private long isfId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String words;

    protected Outcome() {
    }

    public Outcome(long isfId, int position, String words) {
        this.isfId = isfId;
        this.position = position;
        this.words = words;
    }

    public Long id() {
        return id;
    }

    public long isfId() {
        return isfId;
    }

    public String words() {
        return words;
    }
}
