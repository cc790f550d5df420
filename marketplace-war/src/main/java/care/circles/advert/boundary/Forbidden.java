package care.circles.advert.boundary;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Answers 403 (the site's "forbidden" page) to a request for someone else's advert. */
final class Forbidden {

    private Forbidden() {
    }

    static void respond(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(403, "This advert is not one of yours");
        } catch (IOException e) {
            external.setResponseStatus(403);
        }
        faces.responseComplete();
    }
}
