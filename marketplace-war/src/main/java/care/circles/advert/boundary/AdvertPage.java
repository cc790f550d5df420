package care.circles.advert.boundary;

import java.time.Clock;

import care.circles.advert.control.JobAdverts;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A published, open job advert as anyone may see it. Anything else is simply not found. */
@Named
@RequestScoped
public class AdvertPage {

    @Inject
    JobAdverts adverts;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private String id;
    private AdvertView advert;

    public void load() {
        try {
            advert = adverts.open(Long.parseLong(id == null ? "" : id.strip()))
                    .map(a -> AdvertView.of(a, gazetteer.byId(a.placeId()).orElse(null), clock.instant(), taxonomy.current()))
                    .orElse(null);
        } catch (NumberFormatException e) {
            advert = null;
        }
        if (advert == null) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return advert != null;
    }

    public AdvertView getAdvert() {
        return advert;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
