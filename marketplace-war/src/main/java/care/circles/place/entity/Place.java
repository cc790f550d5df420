package care.circles.place.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A town or village from the council's gazetteer. Read-only here: the seeds loader keeps it. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private BigDecimal latitude;

    @Column(nullable = false)
    private BigDecimal longitude;

    protected Place() {
    }

    public Place(long id, String name, GeoPoint point) {
        this.id = id;
        this.name = name;
        this.latitude = BigDecimal.valueOf(point.latitude());
        this.longitude = BigDecimal.valueOf(point.longitude());
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public GeoPoint point() {
        return new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }

    @Override
    public String toString() {
        return name;
    }
}
