package care.circles.platform;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}), with the
 * fields a caller got wrong listed so a form or a client can point at each.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response notFound(String detail) {
        return Response.status(404).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", "Not found", 404, detail, List.of())).build();
    }

    /** 503: search (Elasticsearch) cannot answer just now. */
    public static Response searchUnavailable() {
        return Response.status(503).type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", "Search is not available just now", 503,
                        "Please try again in a minute.", List.of()))
                .build();
    }

    public static Response badRequest(List<FieldProblem> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : "There are " + errors.size() + " problems with the request: see errors.";
        Problem problem = new Problem("about:blank", "The request has invalid parameters", 400, detail, errors);
        return Response.status(400).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
    }
}
