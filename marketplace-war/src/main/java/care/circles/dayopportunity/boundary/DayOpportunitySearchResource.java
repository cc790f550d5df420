package care.circles.dayopportunity.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import care.circles.dayopportunity.control.DayOpportunitySearch;
import care.circles.dayopportunity.entity.DayOpportunitySearchCriteria;
import care.circles.dayopportunity.entity.DayOpportunitySearchResults;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.place.control.Gazetteer;
import care.circles.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("v1/day-opportunities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DayOpportunitySearchResource {

    @Inject
    DayOpportunitySearch search;

    @Inject
    Gazetteer gazetteer;

    @GET
    @Operation(summary = "Search day opportunities",
            description = "Listed hubs and community activities (spokes) matching the words and filters, within radiusKm"
                    + " of a town or postcode district, with counts of each filter value among all the results (facets):"
                    + " kind, category, day, price, free, facilities, carersBreaks and, with a place, distance.")
    @APIResponse(responseCode = "200", description = "One page of results",
            content = @Content(schema = @Schema(implementation = DayOpportunitySearchResults.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Search is not available just now")
    public Response find(
            @Parameter(description = "Words to look for: activities, interests, places. Typos are tolerated.") @QueryParam("q") String q,
            @Parameter(description = "A town or postcode district, like Bridport or DT6") @QueryParam("near") String near,
            @Parameter(description = "Kilometres from near, 1 to 100; default 15") @QueryParam("radiusKm") String radiusKm,
            @Parameter(description = "relevance (default), distance (nearest first, needs near) or price") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1 to 100; default 20") @QueryParam("size") String size,
            @Parameter(description = "HUB or SPOKE, any of them") @QueryParam("kind") List<String> kind,
            @Parameter(description = "Categories, any of them, e.g. ARTS_AND_CRAFTS,SPORT_AND_EXERCISE") @QueryParam("category") List<String> category,
            @Parameter(description = "Days with sessions in the weeks ahead, any of them, e.g. MONDAY,SATURDAY") @QueryParam("day") List<String> day,
            @Parameter(description = "true: only free ones") @QueryParam("free") String free,
            @Parameter(description = "Price bands, any of them: UP_TO_5, FROM_5_TO_10, OVER_10 (pounds)") @QueryParam("price") List<String> price,
            @Parameter(description = "Facilities that must all be there, e.g. STEP_FREE_ACCESS,HEARING_LOOP") @QueryParam("facilities") List<String> facilities,
            @Parameter(description = "true: only hubs offering short breaks for carers") @QueryParam("carersBreaks") String carersBreaks) {
        DayOpportunitySearchCriteria criteria = DayOpportunitySearchCriteria.of(new DayOpportunitySearchCriteria.Typed(
                q, near, radiusKm, sort, page, size, kind, category, day, free, price, facilities, carersBreaks),
                gazetteer::find);
        try {
            return Response.ok(search.find(criteria)).build();
        } catch (SearchUnavailableException e) {
            return Problem.searchUnavailable();
        }
    }
}
