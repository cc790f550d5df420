package care.circles.pa.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import care.circles.pa.entity.PaSearchResults;
import care.circles.pa.entity.PaSearchResults.CheckBadge;
import care.circles.pa.entity.PaSearchResults.FacetCount;
import care.circles.pa.entity.PaSearchResults.PaHit;
import jakarta.ws.rs.core.MediaType;

class PaSearchResultsWriterTest {

    private final PaSearchResultsWriter writer = new PaSearchResultsWriter();

    @Test
    void writesTheDocumentedShapeWithNullsWhereThereIsNoDistanceOrRating() throws Exception {
        PaHit nearby = new PaHit(7, "Jo \"JD\" D.", "Wimborne", 3.5, List.of("DEMENTIA", "MEALS"), 1450,
                List.of("ENGLISH"), "WOMAN", "EITHER", true, false,
                List.of(new CheckBadge("ENHANCED_DBS", "Enhanced DBS check", "2026-10-01", "2029-10-01"),
                        new CheckBadge("IDENTITY", "Photo ID", "2026-09-30", null)),
                2, 4.5);
        PaHit anywhere = new PaHit(8, "Sam", "Blandford Forum", null, List.of(), 1200, List.of(), "MAN", "EMPLOYED",
                false, true, List.of(), 0, null);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("skills", List.of(new FacetCount("DEMENTIA", "Dementia care", 1)));
        facets.put("car", List.of(new FacetCount("true", "Has a car", 1)));

        String json = written(new PaSearchResults(2, List.of(nearby, anywhere), facets));

        assertEquals("{\"total\":2,\"items\":["
                + "{\"id\":7,\"displayName\":\"Jo \\\"JD\\\" D.\",\"town\":\"Wimborne\",\"distanceKm\":3.5,"
                + "\"skills\":[\"DEMENTIA\",\"MEALS\"],\"hourlyRatePence\":1450,\"languages\":[\"ENGLISH\"],"
                + "\"gender\":\"WOMAN\",\"employment\":\"EITHER\",\"hasCar\":true,\"hasPhoto\":false,\"checks\":["
                + "{\"type\":\"ENHANCED_DBS\",\"label\":\"Enhanced DBS check\",\"verifiedOn\":\"2026-10-01\",\"expiresOn\":\"2029-10-01\"},"
                + "{\"type\":\"IDENTITY\",\"label\":\"Photo ID\",\"verifiedOn\":\"2026-09-30\"}],"
                + "\"reviewCount\":2,\"averageRating\":4.5},"
                + "{\"id\":8,\"displayName\":\"Sam\",\"town\":\"Blandford Forum\",\"distanceKm\":null,\"skills\":[],"
                + "\"hourlyRatePence\":1200,\"languages\":[],\"gender\":\"MAN\",\"employment\":\"EMPLOYED\",\"hasCar\":false,"
                + "\"hasPhoto\":true,\"checks\":[],\"reviewCount\":0,\"averageRating\":null}],"
                + "\"facets\":{\"skills\":[{\"value\":\"DEMENTIA\",\"label\":\"Dementia care\",\"count\":1}],"
                + "\"car\":[{\"value\":\"true\",\"label\":\"Has a car\",\"count\":1}]}}", json);
    }

    @Test
    void anEmptyPageIsStillAWholeDocument() throws Exception {
        assertEquals("{\"total\":0,\"items\":[],\"facets\":{}}", written(new PaSearchResults(0, List.of(), Map.of())));
    }

    @Test
    void writesOnlySearchResultsAndLeavesTheResponseStreamOpen() throws Exception {
        assertTrue(writer.isWriteable(PaSearchResults.class, PaSearchResults.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(!writer.isWriteable(Object.class, Object.class, null, MediaType.APPLICATION_JSON_TYPE));
        ClosingWatch out = new ClosingWatch();
        writer.writeTo(new PaSearchResults(0, List.of(), Map.of()), PaSearchResults.class, PaSearchResults.class, null,
                MediaType.APPLICATION_JSON_TYPE, null, out);
        assertTrue(!out.closed, "the container closes the response, not the writer");
    }

    private String written(PaSearchResults results) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(results, PaSearchResults.class, PaSearchResults.class, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final class ClosingWatch extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
