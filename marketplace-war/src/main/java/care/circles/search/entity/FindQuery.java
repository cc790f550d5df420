package care.circles.search.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import care.circles.place.entity.Place;

/** What the site-wide search box was asked, checked: words, a place and a distance, and which page. */
public record FindQuery(String words, Place near, int radiusKm, int page, int size) {

    public Optional<Place> nearPlace() {
        return Optional.ofNullable(near);
    }

    /** "q=...&near=...&radiusKm=..." for a link to a kind's own search page with the same question. */
    public String asParameters() {
        StringBuilder query = new StringBuilder("q=").append(URLEncoder.encode(words, StandardCharsets.UTF_8));
        nearPlace().ifPresent(place -> query.append("&near=").append(URLEncoder.encode(place.name(), StandardCharsets.UTF_8))
                .append("&radiusKm=").append(radiusKm));
        return query.toString();
    }
}
