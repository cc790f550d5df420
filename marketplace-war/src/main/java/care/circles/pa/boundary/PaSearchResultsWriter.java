package care.circles.pa.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import care.circles.pa.entity.PaSearchResults;
import care.circles.pa.entity.PaSearchResults.CheckBadge;
import care.circles.pa.entity.PaSearchResults.FacetCount;
import care.circles.pa.entity.PaSearchResults.PaHit;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a page of PA search results as JSON, field by field, in the shape the API documents
 * (the JSON-B annotations on {@link PaSearchResults} describe it for OpenAPI): the busiest answer
 * of the API, written straight to the response without reflecting over the records each time.
 * A result's distanceKm and averageRating are written as null when there is none; a badge's
 * expiresOn is left out when the check does not expire.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class PaSearchResultsWriter implements MessageBodyWriter<PaSearchResults> {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == PaSearchResults.class;
    }

    @Override
    public void writeTo(PaSearchResults results, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(results, json);
        }
    }

    static void write(PaSearchResults results, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("total", results.total());
        json.writeArrayFieldStart("items");
        for (PaHit hit : results.items()) {
            writeHit(hit, json);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("facets");
        for (Map.Entry<String, List<FacetCount>> facet : results.facets().entrySet()) {
            json.writeArrayFieldStart(facet.getKey());
            for (FacetCount count : facet.getValue()) {
                json.writeStartObject();
                json.writeStringField("value", count.value());
                json.writeStringField("label", count.label());
                json.writeNumberField("count", count.count());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeHit(PaHit hit, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", hit.id());
        json.writeStringField("displayName", hit.displayName());
        json.writeStringField("town", hit.town());
        json.writeFieldName("distanceKm");
        writeNumberOrNull(hit.distanceKm(), json);
        writeStrings("skills", hit.skills(), json);
        json.writeNumberField("hourlyRatePence", hit.hourlyRatePence());
        writeStrings("languages", hit.languages(), json);
        json.writeStringField("gender", hit.gender());
        json.writeStringField("employment", hit.employment());
        json.writeBooleanField("hasCar", hit.hasCar());
        json.writeBooleanField("hasPhoto", hit.hasPhoto());
        json.writeArrayFieldStart("checks");
        for (CheckBadge badge : hit.checks()) {
            json.writeStartObject();
            json.writeStringField("type", badge.type());
            json.writeStringField("label", badge.label());
            json.writeStringField("verifiedOn", badge.verifiedOn());
            if (badge.expiresOn() != null) {
                json.writeStringField("expiresOn", badge.expiresOn());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("reviewCount", hit.reviewCount());
        json.writeFieldName("averageRating");
        writeNumberOrNull(hit.averageRating(), json);
        json.writeEndObject();
    }

    private static void writeStrings(String name, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeNumberOrNull(Double value, JsonGenerator json) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }
}
