package care.circles.provider.boundary;

import java.util.List;
import java.util.Map;

import care.circles.pa.control.SearchUnavailableException;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.PageLink;
import care.circles.platform.SpokenDate;
import care.circles.provider.control.ActivityTypes;
import care.circles.provider.control.ProviderFindable;
import care.circles.provider.control.ProviderSearch;
import care.circles.provider.entity.OrganisationType;
import care.circles.provider.entity.ProviderOrder;
import care.circles.provider.entity.ProviderSearchCriteria;
import care.circles.provider.entity.ProviderSearchResults.AccreditationHit;
import care.circles.provider.entity.ProviderSearchResults.ProviderHit;
import care.circles.provider.entity.ProviderSearchResults;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public search of organisations (/organisations/index.xhtml). A plain GET form, so results can be shared. */
@Named
@RequestScoped
public class ProviderSearchPage {

    private static final List<Integer> RADII = List.of(5, 10, 15, 25, 40, 60);

    @Inject
    ProviderSearch search;

    @Inject
    ProviderFindable findable;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    ActivityTypes activities;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String q;
    private String near;
    private String radiusKm;
    private String type;
    private String sort;
    private String page;
    private List<String> offers = List.of();
    private List<String> only = List.of();
    private ProviderSearchCriteria criteria;
    private ProviderSearchResults results;
    private boolean unavailable;

    public void load() {
        Map<String, String[]> params = faces.getExternalContext().getRequestParameterValuesMap();
        offers = params.containsKey("offers") ? List.of(params.get("offers")) : List.of();
        only = params.containsKey("only") ? List.of(params.get("only")) : List.of();
        try {
            boolean hasPlace = near != null && !near.isBlank();
            String order = !hasPlace && "distance".equalsIgnoreCase(sort) ? null : sort;
            criteria = ProviderSearchCriteria.of(q, near, hasPlace ? radiusKm : null, offers, type,
                    String.valueOf(only.contains("accredited")), String.valueOf(only.contains("framework")),
                    String.valueOf(only.contains("isf")), order, page, null, gazetteer::find,
                    code -> taxonomy.current().find(code).isPresent() || activities.find(code).isPresent());
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

    public List<ProviderHit> getItems() {
        return results == null ? List.of() : results.items();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public ListPage<ProviderHit> getResultPage() {
        return criteria == null || results == null ? new ListPage<>(List.of(), 0, 1, 20)
                : new ListPage<>(results.items(), Math.min(results.total(), 10_000), criteria.page(), criteria.size());
    }

    public String getSummary() {
        if (results == null) {
            return "";
        }
        StringBuilder summary = new StringBuilder(results.total() == 1 ? "1 organisation" : results.total() + " organisations");
        if (criteria.hasWords()) {
            summary.append(" for \u2018").append(criteria.words()).append('\u2019');
        }
        criteria.nearPlace().ifPresent(p -> summary.append(" within ").append(criteria.radiusKm()).append(" km of ")
                .append(p.name()));
        return summary.toString();
    }

    public String pageLink(int pageNumber) {
        return PageLink.to(pageNumber).with("q", q).with("near", near).with("radiusKm", radiusKm).with("type", type)
                .with("sort", sort).withEach("offers", offers).withEach("only", only).toString();
    }

    public String offerLabels(ProviderHit hit) {
        return findable.offerLabels(hit);
    }

    public String accreditation(AccreditationHit hit) {
        return hit.label() + (hit.conditions().isEmpty() ? "" : " (with conditions)") + ", until "
                + SpokenDate.of(java.time.LocalDate.parse(hit.expiresOn()));
    }

    public String typeLabel(String code) {
        return ProviderFindable.typeLabel(code);
    }

    public boolean offered(String code) {
        return offers.contains(code);
    }

    public boolean isOnly(String filter) {
        return only.contains(filter);
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public List<ProviderOrder> getOrders() {
        return List.of(ProviderOrder.values());
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

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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
