package care.circles.pa.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import care.circles.pa.control.PaSearch;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PaSearchResults;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.pa.entity.SearchOrder;
import care.circles.pa.entity.Skill;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.payments.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public search page. A plain GET form, so results can be bookmarked and shared. */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    PaSearch search;

    @Inject
    Gazetteer gazetteer;

    @Inject
    FormFeedback feedback;

    private String q;
    private String near;
    private String radiusKm;
    private String sort;
    private String page;

    private PaSearchCriteria criteria;
    private PaSearchResults results;
    private boolean unavailable;

    /** Runs on page load, after the view parameters are read. */
    public void load() {
        try {
            // The form always sends a distance and an order; without a place neither applies.
            boolean hasPlace = near != null && !near.isBlank();
            String order = !hasPlace && "distance".equalsIgnoreCase(sort) ? null : sort;
            criteria = PaSearchCriteria.of(q, near, hasPlace ? radiusKm : null, order, page, null, gazetteer::find);
            results = search.find(criteria);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SearchUnavailableException e) {
            unavailable = true;
        }
    }

    public boolean isSearched() {
        return results != null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public List<PaHit> getItems() {
        return results == null ? List.of() : results.items();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public String getSummary() {
        if (results == null) {
            return "";
        }
        String count = results.total() == 1 ? "1 result" : results.total() + " results";
        StringBuilder summary = new StringBuilder(count);
        if (criteria.hasWords()) {
            summary.append(" for \u2018").append(criteria.words()).append('\u2019');
        }
        criteria.nearPlace().ifPresent(p -> summary.append(" within ").append(criteria.radiusKm())
                .append(" km of ").append(p.name()));
        return summary.toString();
    }

    public int getPageNumber() {
        return criteria == null ? 1 : criteria.page();
    }

    public int getLastPage() {
        return criteria == null || results == null ? 1
                : (int) Math.max(1, Math.min((results.total() + criteria.size() - 1) / criteria.size(),
                10_000 / criteria.size()));
    }

    public boolean isHasPrevious() {
        return getPageNumber() > 1;
    }

    public boolean isHasNext() {
        return getPageNumber() < getLastPage();
    }

    /** A link to another page of the same search, every value URL-encoded. */
    public String pageLink(int pageNumber) {
        StringBuilder link = new StringBuilder("?page=").append(pageNumber);
        appendParam(link, "q", q);
        appendParam(link, "near", near);
        appendParam(link, "radiusKm", radiusKm);
        appendParam(link, "sort", sort);
        return link.toString();
    }

    private static void appendParam(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String skillLabel(String code) {
        try {
            return Skill.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public String pounds(long pence) {
        return Money.ofPence(pence).toString();
    }

    public List<SearchOrder> getOrders() {
        return List.of(SearchOrder.values());
    }

    public List<Integer> getRadii() {
        return List.of(5, 10, 15, 25, 40, 60);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getNear() {
        return near;
    }

    public void setNear(String near) {
        this.near = near;
    }

    public String getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(String radiusKm) {
        this.radiusKm = radiusKm;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
