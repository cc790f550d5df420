package care.circles.platform;

import java.util.Optional;

import jakarta.faces.context.FacesContext;

/** The id of the record a page was asked for, from a request parameter; empty when it is missing or not an id. */
public final class RequestedId {

    private RequestedId() {
    }

    public static Optional<Long> from(FacesContext faces, String parameter) {
        String typed = faces.getExternalContext().getRequestParameterMap().get(parameter);
        return typed != null && typed.strip().matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(typed.strip()))
                : Optional.empty();
    }
}
