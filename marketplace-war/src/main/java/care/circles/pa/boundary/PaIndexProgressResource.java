package care.circles.pa.boundary;

import care.circles.pa.control.PaSearchIndex;
import care.circles.pa.control.RebuildProgress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Progress of a PA index rebuild, for the council page to show as it happens. Council staff only. */
@Path("v1/admin/pa-index")
@RequestScoped
public class PaIndexProgressResource {

    @Inject
    PaSearchIndex index;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response progress(@Context SecurityContext security) {
        if (security.getUserPrincipal() == null || !security.isUserInRole("COUNCIL")) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        RebuildProgress progress = index.progress();
        return Response.ok(Json.createObjectBuilder()
                .add("state", progress.state().name())
                .add("indexed", progress.indexed())
                .add("total", progress.total())
                .add("percent", progress.percent())
                .add("summary", progress.summary())
                .build()).build();
    }
}
