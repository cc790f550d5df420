package care.circles.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A town or postcode district an organisation serves, as typed, and the gazetteer place it stands for. */
@Embeddable
public class ServedArea {

    @Column(name = "area_name", nullable = false)
    private String name;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    protected ServedArea() {
    }

    public ServedArea(String name, long placeId) {
        this.name = name;
        this.placeId = placeId;
    }

    public String name() {
        return name;
    }

    public long placeId() {
        return placeId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServedArea area && area.name.equals(name) && area.placeId == placeId;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Long.hashCode(placeId);
    }
}
