package care.circles.search.control;

import java.util.Optional;

import care.circles.pa.control.SearchUnavailableException;
import care.circles.search.entity.FindQuery;
import care.circles.search.entity.Found;
import care.circles.search.entity.NothingFoundNearby;

/**
 * One kind of thing the site-wide search box finds (personal assistants, day opportunities,
 * providers...). Each kind is a bean implementing this; the search page finds them all, so a new
 * kind is one new class.
 */
public interface Findable {

    /** In links and the page address, like "pas". */
    String key();

    /** As people read it, plural, like "Personal assistants". */
    String label();

    /** Where the kind sits among the tabs, lowest first. */
    int position();

    Found find(FindQuery query) throws SearchUnavailableException;

    /** Whether a search of this kind that finds nothing near a place is counted for the council's market view. */
    default Optional<NothingFoundNearby.Kind> countedWhenNothingNearby() {
        return Optional.empty();
    }

    /** The kind's own search page with the same words and place, where its filters are. */
    String moreLink(FindQuery query);
}
