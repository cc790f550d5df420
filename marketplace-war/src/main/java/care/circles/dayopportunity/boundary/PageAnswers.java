package care.circles.dayopportunity.boundary;

import care.circles.platform.PageAnswer;
import jakarta.faces.context.FacesContext;

/** Ends a page request with the site's error page: 403 for someone else's thing, 404 for nothing there. */
public final class PageAnswers {

    private PageAnswers() {
    }

    public static void forbidden(FacesContext faces) {
        PageAnswer.forbidden(faces, "This is not one of yours");
    }

    public static void notFound(FacesContext faces) {
        PageAnswer.notFound(faces, "There is nothing here");
    }

    /** On page load: answers 404 when there is nothing to show (the page says so in its own words). */
    public static void notFoundWhen(FacesContext faces, boolean missing) {
        if (missing) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    /** Reads an id from a link or a hidden field; null when it is not a number. */
    public static Long id(FacesContext faces, String parameter) {
        String typed = faces.getExternalContext().getRequestParameterMap().get(parameter);
        try {
            return typed == null ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
