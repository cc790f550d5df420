package care.circles.platform;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * Ends a page's request with the site's "not found" or "forbidden" page instead of rendering it:
 * for an id that does not exist, or a record that belongs to someone else (IDOR).
 */
public final class PageAnswer {

    private PageAnswer() {
    }

    public static void notFound(FacesContext faces, String why) {
        send(faces, 404, why);
    }

    public static void forbidden(FacesContext faces, String why) {
        send(faces, 403, why);
    }

    private static void send(FacesContext faces, int status, String why) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, why);
        } catch (IOException e) {
            external.setResponseStatus(status);
        }
        faces.responseComplete();
    }
}
