package care.circles.openreferral.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.circles.openreferral.control.OpenReferralCatalogue;
import care.circles.openreferral.entity.OpenReferralQuery;
import care.circles.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Open Referral UK v3 API: public, no sign-in. Served at /api/oruk and, as the standard's
 * clients expect, at /oruk (see {@link OpenReferralAddress}).
 */
@Path("oruk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Referral UK", description = "Services, organisations, locations, schedules and costs as Open Referral UK v3")
public class OpenReferralResource {

    @Inject
    OpenReferralCatalogue catalogue;

    @GET
    @Operation(summary = "About this Open Referral UK API")
    public Response root() {
        return Response.ok(catalogue.root()).build();
    }

    @GET
    @Path("services")
    @Operation(summary = "Services (day opportunities), a page at a time, with the standard's filters")
    public Response services(@QueryParam("search") String search, @QueryParam("taxonomy_term_id") String taxonomyTermId,
                             @QueryParam("taxonomy_id") String taxonomyId, @QueryParam("minimum_age") String minimumAge,
                             @QueryParam("maximum_age") String maximumAge, @QueryParam("day") String day,
                             @QueryParam("start_time") String startTime, @QueryParam("end_time") String endTime,
                             @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        OpenReferralQuery query = OpenReferralQuery.of(search, taxonomyTermId, taxonomyId, minimumAge, maximumAge,
                day, startTime, endTime, page, perPage);
        return Response.ok(catalogue.services(query)).build();
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One service in full: organisation, locations, schedules, costs, funding and taxonomy terms")
    public Response service(@PathParam("id") String id) {
        return catalogue.service(id).map(s -> Response.ok(s).build())
                .orElseGet(() -> Problem.notFound("There is no published service with the id " + id));
    }

    @GET
    @Path("taxonomies")
    @Operation(summary = "The taxonomies services are described with")
    public Response taxonomies(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        OpenReferralQuery query = OpenReferralQuery.paging(page, perPage);
        return Response.ok(catalogue.taxonomies(query.page(), query.perPage())).build();
    }
}
