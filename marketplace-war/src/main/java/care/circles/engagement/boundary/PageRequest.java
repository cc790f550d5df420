package care.circles.engagement.boundary;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * What the engagement pages read from the request: ids in links and plain HTML inputs, and the
 * answer for something that is not the person's own, which is "not found" so ids reveal nothing.
 */
public final class PageRequest {

    private PageRequest() {
    }

    public static Optional<Long> id(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(typed.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String parameter(FacesContext faces, String name) {
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }

    public static List<String> parameters(FacesContext faces, String name) {
        Map<String, String[]> values = faces.getExternalContext().getRequestParameterValuesMap();
        return values.containsKey(name) ? List.of(values.get(name)) : List.of();
    }

    /** Answers 404 (the site's "not found" page) and stops the page. */
    public static void notFound(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, "Not found");
        } catch (IOException e) {
            external.setResponseStatus(404);
        }
        faces.responseComplete();
    }
}
