package care.circles.search.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import care.circles.pa.control.SearchUnavailableException;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.search.control.Findable;
import care.circles.search.entity.FindQuery;
import care.circles.search.entity.Found;
import care.circles.search.entity.NothingFoundNearby;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One search box for everything on Circles: every kind of thing it finds (each a {@link Findable})
 * gets a tab with its count, and the chosen tab shows its results. A plain GET form.
 */
@Named
@RequestScoped
public class FindPage {

    private static final int PAGE_SIZE = 10;

    /** A kind of result as a tab: how many were found, and whether it is the one shown. */
    public record Tab(String key, String label, long total, boolean selected, boolean unavailable, String link) {
    }

    @Inject
    @Any
    Instance<Findable> findables;

    @Inject
    Gazetteer gazetteer;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Event<NothingFoundNearby> nothingFound;

    private final List<Tab> tabs = new ArrayList<>();
    private String q;
    private String near;
    private String radiusKm;
    private Findable shown;
    private FindQuery query;
    private Found found;
    private boolean unavailable;

    /** Runs on page load: searches once something has been asked. */
    public void load() {
        Map<String, String> request = faces.getExternalContext().getRequestParameterMap();
        q = request.get("q");
        near = blankIsNull(request.get("near"));
        radiusKm = near == null ? null : blankIsNull(request.get("radiusKm"));
        if (q == null && near == null) {
            return;
        }
        try {
            PaSearchCriteria where = PaSearchCriteria.of(q, near, radiusKm, null, request.get("page"),
                    String.valueOf(PAGE_SIZE), gazetteer::find);
            query = new FindQuery(where.words(), where.nearPlace().orElse(null), where.radiusKm(), where.page(), PAGE_SIZE);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return;
        }
        List<Findable> kinds = findables.stream().sorted(Comparator.comparingInt(Findable::position)).toList();
        FindQuery firstOnly = new FindQuery(query.words(), query.near(), query.radiusKm(), 1, 1);
        List<Long> totals = new ArrayList<>();
        for (Findable kind : kinds) {
            totals.add(total(kind, firstOnly));
        }
        for (int i = 0; i < kinds.size() && query.near() != null && query.page() == 1; i++) {
            if (totals.get(i) == 0) {
                long placeId = query.near().id();
                kinds.get(i).countedWhenNothingNearby().ifPresent(kind -> nothingFound.fire(new NothingFoundNearby(kind, placeId)));
            }
        }
        String asked = request.get("type");
        shown = kinds.stream().filter(k -> k.key().equals(asked)).findFirst().orElse(null);
        for (int i = 0; shown == null && i < kinds.size(); i++) {
            if (totals.get(i) > 0) {
                shown = kinds.get(i);
            }
        }
        if (shown == null) {
            shown = kinds.get(0);
        }
        try {
            found = shown.find(query);
        } catch (SearchUnavailableException e) {
            unavailable = true;
        }
        for (int i = 0; i < kinds.size(); i++) {
            Findable kind = kinds.get(i);
            tabs.add(new Tab(kind.key(), kind.label(), totals.get(i), kind == shown, totals.get(i) < 0,
                    "?" + query.asParameters() + "&type=" + kind.key()));
        }
    }

    private static long total(Findable kind, FindQuery firstOnly) {
        try {
            return kind.find(firstOnly).total();
        } catch (SearchUnavailableException e) {
            return -1;
        }
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public boolean isSearched() {
        return query != null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public List<Tab> getTabs() {
        return tabs;
    }

    public String getShownLabel() {
        return shown == null ? "" : shown.label();
    }

    public ListPage<Found.Item> getResults() {
        return found == null ? new ListPage<>(List.of(), 0, 1, PAGE_SIZE)
                : new ListPage<>(found.items(), Math.min(found.total(), 10_000), query.page(), PAGE_SIZE);
    }

    /** The shown kind's own search, with its filters, for the same question. */
    public String getMoreLink() {
        return shown == null ? null : shown.moreLink(query);
    }

    public String pageLink(int number) {
        return "?" + query.asParameters() + "&type=" + URLEncoder.encode(shown.key(), StandardCharsets.UTF_8)
                + "&page=" + number;
    }

    public String getQ() {
        return q == null ? "" : q;
    }

    public String getNear() {
        return near == null ? "" : near;
    }

    public int getRadius() {
        return query == null ? PaSearchCriteria.DEFAULT_RADIUS_KM : query.radiusKm();
    }

    public List<Integer> getRadii() {
        return List.of(5, 10, 15, 25, 50, 100);
    }
}
