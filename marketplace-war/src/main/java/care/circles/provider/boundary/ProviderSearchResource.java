package care.circles.provider.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import care.circles.pa.control.SearchUnavailableException;
import care.circles.place.control.Gazetteer;
import care.circles.platform.Problem;
import care.circles.provider.control.ActivityTypes;
import care.circles.provider.control.ProviderSearch;
import care.circles.provider.entity.ProviderSearchCriteria;
import care.circles.provider.entity.ProviderSearchResults;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("v1/providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProviderSearchResource {

    @Inject
    ProviderSearch search;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    ActivityTypes activities;

    @GET
    @Operation(summary = "Search care providers, community groups and ISF brokers",
            description = "Organisations matching the words and what they offer, based in or serving a place within"
                    + " radiusKm of a town or postcode district. Each result lists its accreditations in force today"
                    + " with their dates and any conditions.")
    @APIResponse(responseCode = "200", description = "One page of results",
            content = @Content(schema = @Schema(implementation = ProviderSearchResults.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Search is not available just now")
    public Response find(
            @Parameter(description = "Words to look for in the name, description, what is offered and areas. Typos are tolerated.") @QueryParam("q") String q,
            @Parameter(description = "A town or postcode district, like Dorchester or DT1") @QueryParam("near") String near,
            @Parameter(description = "Kilometres from near, 1 to 100; default 15") @QueryParam("radiusKm") String radiusKm,
            @Parameter(description = "Kinds of support or day activities, like MEALS,GARDENING_AND_OUTDOORS (comma-separated or repeated); an organisation offering any matches") @QueryParam("offers") List<String> offers,
            @Parameter(description = "micro_provider, larger_provider or community_group") @QueryParam("type") String type,
            @Parameter(description = "true: only organisations with an accreditation in force") @QueryParam("accredited") String accredited,
            @Parameter(description = "true: only members of the Dorset Care Framework") @QueryParam("framework") String framework,
            @Parameter(description = "true: only organisations accredited to hold individual service funds") @QueryParam("isf") String isf,
            @Parameter(description = "relevance (default), distance (nearest first, needs near) or name") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1 to 100; default 20") @QueryParam("size") String size) {
        ProviderSearchCriteria criteria = ProviderSearchCriteria.of(q, near, radiusKm, offers, type, accredited, framework,
                isf, sort, page, size, gazetteer::find,
                code -> taxonomy.current().find(code).isPresent() || activities.find(code).isPresent());
        try {
            return Response.ok(search.find(criteria)).build();
        } catch (SearchUnavailableException e) {
            return Response.status(503).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", "Search is not available just now", 503,
                            "Please try again in a minute.", List.of()))
                    .build();
        }
    }
}
