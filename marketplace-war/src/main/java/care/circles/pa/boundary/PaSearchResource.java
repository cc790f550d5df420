package care.circles.pa.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import care.circles.pa.control.PaSearch;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PaSearchParameters;
import care.circles.pa.entity.PaSearchResults;
import care.circles.place.control.Gazetteer;
import care.circles.platform.Problem;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Stateless, so one instance answers every request (no bean to build per search). */
@Path("v1/pas")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaSearchResource {

    @Inject
    PaSearch search;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @GET
    @Operation(summary = "Search the PA register",
            description = "Published personal assistants matching the words and filters, within radiusKm of a town or postcode"
                    + " district, with counts of each filter value among all the results (facets).")
    @APIResponse(responseCode = "200", description = "One page of results",
            content = @Content(schema = @Schema(implementation = PaSearchResults.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Search is not available just now")
    public Response find(
            @Parameter(description = "Words to look for: skills, interests, names. Typos are tolerated.") @QueryParam("q") String q,
            @Parameter(description = "A town or postcode district, like Dorchester or DT1") @QueryParam("near") String near,
            @Parameter(description = "Kilometres from near, 1 to 100; default 15") @QueryParam("radiusKm") String radiusKm,
            @Parameter(description = "relevance (default), distance or rate") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1 to 100; default 20") @QueryParam("size") String size,
            @Parameter(description = "Kinds of support the PA must all offer, e.g. DEMENTIA,MEALS (comma-separated or repeated)")
            @QueryParam("skills") List<String> skills,
            @Parameter(description = "Languages, any of them, e.g. POLISH,BRITISH_SIGN_LANGUAGE") @QueryParam("languages") List<String> languages,
            @Parameter(description = "WOMAN, MAN or NON_BINARY, any of them") @QueryParam("gender") List<String> gender,
            @Parameter(description = "SELF_EMPLOYED or EMPLOYED (PAs happy with EITHER are included)") @QueryParam("employment") List<String> employment,
            @Parameter(description = "true: only PAs with a car") @QueryParam("car") String car,
            @Parameter(description = "Times the PA must all be free, e.g. MONDAY_MORNING,FRIDAY_EVENING") @QueryParam("available") List<String> available,
            @Parameter(description = "Checks the council must have verified, all of them, e.g. ENHANCED_DBS,IDENTITY") @QueryParam("checks") List<String> checks) {
        PaSearchCriteria criteria = new PaSearchParameters(q, near, radiusKm, sort, page, size, skills, languages, gender,
                employment, car, available, checks).toCriteria(gazetteer::find, taxonomy.current());
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
