package care.circles.place.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import care.circles.place.entity.Place;
import care.circles.place.entity.PlaceIndex;
import care.circles.place.entity.PostcodeDistrict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The council's towns and postcode districts, read from the database once and kept in memory. */
@Named
@ApplicationScoped
public class Gazetteer {

    @PersistenceContext
    EntityManager em;

    private volatile PlaceIndex index;

    public Optional<Place> find(String typed) {
        return index().find(typed);
    }

    /**
     * A place by its id. An id the cached gazetteer does not know reloads it once: the seeds
     * loader may add places while the application runs, and records can point at them.
     */
    public Optional<Place> byId(long id) {
        Optional<Place> found = index().byId(id);
        if (found.isEmpty()) {
            index = null;
            found = index().byId(id);
        }
        return found;
    }

    public List<Place> getPlaces() {
        return index().all();
    }

    private PlaceIndex index() {
        PlaceIndex loaded = index;
        if (loaded == null) {
            List<Place> places = em.createQuery("SELECT p FROM Place p", Place.class).getResultList();
            Map<Long, Place> byId = new HashMap<>();
            places.forEach(p -> byId.put(p.id(), p));
            Map<PostcodeDistrict, Place> districts = new HashMap<>();
            List<Object[]> rows = em.createNativeQuery("SELECT code, place_id FROM postcode_district").getResultList();
            for (Object[] row : rows) {
                Place place = byId.get(((Number) row[1]).longValue());
                if (place != null) {
                    districts.put(new PostcodeDistrict((String) row[0]), place);
                }
            }
            loaded = new PlaceIndex(places, districts);
            if (!places.isEmpty()) {
                index = loaded;
            }
        }
        return loaded;
    }
}
