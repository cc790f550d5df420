package care.circles.advert.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import care.circles.advert.control.AdvertSearch;
import care.circles.advert.entity.AdvertOrder;
import care.circles.advert.entity.AdvertSearchCriteria;
import care.circles.advert.entity.AdvertSearchResults.AdvertHit;
import care.circles.advert.entity.AdvertSearchResults;
import care.circles.advert.entity.StartDate;
import care.circles.advert.entity.WeeklyPattern;
import care.circles.advert.entity.WeeklySlot;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.payments.Money;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.PageLink;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.SupportKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public search of job adverts. A plain GET form, so results can be bookmarked and shared. */
@Named
@RequestScoped
public class AdvertSearchPage {

    private static final List<Integer> RADII = List.of(5, 10, 15, 25, 40, 60);

    @Inject
    AdvertSearch search;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String q;
    private String near;
    private String radiusKm;
    private String sort;
    private String page;
    private List<String> skills = List.of();

    private AdvertSearchCriteria criteria;
    private AdvertSearchResults results;
    private boolean unavailable;

    /** Runs on page load, after the view parameters are read. */
    public void load() {
        Map<String, String[]> params = faces.getExternalContext().getRequestParameterValuesMap();
        skills = params.containsKey("skills") ? List.of(params.get("skills")) : List.of();
        try {
            // The form always sends a distance and an order; without a place neither applies.
            boolean hasPlace = near != null && !near.isBlank();
            String order = !hasPlace && "distance".equalsIgnoreCase(sort) ? null : sort;
            criteria = AdvertSearchCriteria.of(q, near, hasPlace ? radiusKm : null, skills, order, page, null,
                    gazetteer::find, taxonomy.current());
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

    public List<AdvertHit> getItems() {
        return results == null ? List.of() : results.items();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public ListPage<AdvertHit> getResultPage() {
        return criteria == null || results == null ? new ListPage<>(List.of(), 0, 1, 20)
                : new ListPage<>(results.items(), Math.min(results.total(), 10_000), criteria.page(), criteria.size());
    }

    public String getSummary() {
        if (results == null) {
            return "";
        }
        StringBuilder summary = new StringBuilder(results.total() == 1 ? "1 job advert" : results.total() + " job adverts");
        if (criteria.hasWords()) {
            summary.append(" for \u2018").append(criteria.words()).append('\u2019');
        }
        if (!criteria.skills().isEmpty()) {
            summary.append(" needing ").append(String.join(" or ",
                    criteria.skills().stream().map(s -> taxonomy.current().label(s).toLowerCase(java.util.Locale.UK)).toList()));
        }
        criteria.nearPlace().ifPresent(p -> summary.append(" within ").append(criteria.radiusKm())
                .append(" km of ").append(p.name()));
        return summary.toString();
    }

    /** A link to another page of the same search, every value URL-encoded. */
    public String pageLink(int pageNumber) {
        return PageLink.to(pageNumber).with("q", q).with("near", near).with("radiusKm", radiusKm).with("sort", sort)
                .withEach("skills", skills).toString();
    }

    public List<String> skillLabels(List<String> codes) {
        return codes.stream().map(taxonomy.current()::label).toList();
    }

    public String times(AdvertHit hit) {
        TreeSet<WeeklySlot> slots = new TreeSet<>();
        hit.times().forEach(code -> WeeklySlot.parse(code).ifPresent(slots::add));
        WeeklyPattern pattern = new WeeklyPattern(slots, BigDecimal.valueOf(hit.hoursPerWeek()));
        return pattern.hoursText() + ": " + pattern.summary();
    }

    public String startDate(AdvertHit hit) {
        return new StartDate(LocalDate.parse(hit.startDate())).spoken();
    }

    public String rate(long pence) {
        return Money.ofPence(pence) + " an hour";
    }

    public boolean chosen(SupportKind skill) {
        return skills.contains(skill.code());
    }

    public List<SupportKind> getAllSkills() {
        return taxonomy.current().active();
    }

    public List<AdvertOrder> getOrders() {
        return List.of(AdvertOrder.values());
    }

    public List<Integer> getRadii() {
        return RADII;
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
