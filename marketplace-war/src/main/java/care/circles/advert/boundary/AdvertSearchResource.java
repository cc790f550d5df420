package care.circles.advert.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import care.circles.advert.control.AdvertSearch;
import care.circles.advert.entity.AdvertSearchCriteria;
import care.circles.advert.entity.AdvertSearchResults;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("v1/adverts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdvertSearchResource {

    @Inject
    AdvertSearch search;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @GET
    @Operation(summary = "Search job adverts for personal assistants",
            description = "Published, open job adverts matching the words and kinds of support, within radiusKm of a town or postcode district.")
    @APIResponse(responseCode = "200", description = "One page of results",
            content = @Content(schema = @Schema(implementation = AdvertSearchResults.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Search is not available just now")
    public Response find(
            @Parameter(description = "Words to look for in the title, description and support needed. Typos are tolerated.") @QueryParam("q") String q,
            @Parameter(description = "A town or postcode district, like Dorchester or DT1") @QueryParam("near") String near,
            @Parameter(description = "Kilometres from near, 1 to 100; default 15") @QueryParam("radiusKm") String radiusKm,
            @Parameter(description = "Kinds of support, like MEALS,DRIVING (comma-separated or repeated); an advert needing any of them matches") @QueryParam("skills") List<String> skills,
            @Parameter(description = "relevance (default), distance (nearest first, needs near) or newest") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1 to 100; default 20") @QueryParam("size") String size) {
        AdvertSearchCriteria criteria = AdvertSearchCriteria.of(q, near, radiusKm, skills, sort, page, size,
                gazetteer::find, taxonomy.current());
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
