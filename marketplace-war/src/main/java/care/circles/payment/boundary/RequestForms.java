package care.circles.payment.boundary;

import java.util.Optional;

import care.circles.platform.PageAnswer;
import jakarta.faces.context.FacesContext;

/** Reading the id a list's form carries in a plain hidden field, and answering 403 for someone else's. */
public final class RequestForms {

    private RequestForms() {
    }

    public static Optional<Long> id(FacesContext faces, String parameter) {
        String typed = faces.getExternalContext().getRequestParameterMap().get(parameter);
        if (typed == null || !typed.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed.strip()));
    }

    public static String parameter(FacesContext faces, String name) {
        return faces.getExternalContext().getRequestParameterMap().get(name);
    }

    public static void forbidden(FacesContext faces) {
        PageAnswer.forbidden(faces, "This is not yours");
    }
}
