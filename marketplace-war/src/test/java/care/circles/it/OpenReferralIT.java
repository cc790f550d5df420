package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The Open Referral UK v3 API, checked against the standard's own JSON schemas (src/test/resources/oruk-v3). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenReferralIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void servicesComeAPageAtATimeAndEachMatchesTheStandard() throws Exception {
        JsonNode first = get("/oruk/services?per_page=5");
        assertPage(first, 1, 5);
        assertTrue(first.get("total_items").asLong() >= 60, "the demo day opportunities are published");
        for (JsonNode service : first.get("contents")) {
            assertValid("compiled/service_list.json", service);
        }
        JsonNode second = get("/oruk/services?per_page=5&page=2");
        assertPage(second, 2, 5);
        assertFalse(first.get("contents").get(0).get("id").equals(second.get("contents").get(0).get("id")));
    }

    @Test
    void aServiceInFullHasItsOrganisationLocationScheduleCostsAndTermsAsTheStandardSays() throws Exception {
        JsonNode list = get("/oruk/services?per_page=200");
        int checked = 0;
        for (JsonNode summary : list.get("contents")) {
            JsonNode service = get("/oruk/services/" + summary.get("id").asText());
            assertValid("compiled/service.json", service);
            assertEquals(summary.get("id"), service.get("id"));
            assertFalse(service.get("service_at_locations").isEmpty(), "where it is");
            assertFalse(service.get("cost_options").isEmpty(), "what it costs");
            assertFalse(service.get("attributes").isEmpty(), "its kind, as a taxonomy term");
            assertTrue(service.get("organization").get("name").asText().length() > 0);
            checked++;
        }
        assertTrue(checked >= 60, "every service on the page was checked: " + checked);
    }

    @Test
    void servicesFilterBySearchTaxonomyTermAndAge() throws Exception {
        JsonNode all = get("/oruk/services?per_page=200");
        JsonNode full = get("/oruk/services/" + all.get("contents").get(0).get("id").asText());
        String termId = full.get("attributes").get(0).get("taxonomy_term_id").asText();
        JsonNode byTerm = get("/oruk/services?per_page=200&taxonomy_term_id=" + termId);
        assertTrue(byTerm.get("total_items").asLong() >= 1);
        assertTrue(byTerm.get("total_items").asLong() < all.get("total_items").asLong(), "a term narrows the list");
        for (JsonNode service : byTerm.get("contents")) {
            JsonNode detail = get("/oruk/services/" + service.get("id").asText());
            assertTrue(detail.get("attributes").findValuesAsText("taxonomy_term_id").contains(termId));
        }
        String word = full.get("name").asText().split(" ")[0];
        JsonNode bySearch = get("/oruk/services?search=" + HttpProbe.encode(word));
        assertTrue(bySearch.get("contents").findValuesAsText("name").stream().anyMatch(n -> n.contains(word)));
        assertEquals(0, get("/oruk/services?search=qqzzxxnothing").get("total_items").asLong());
        assertEquals(0, get("/oruk/services?taxonomy_term_id=00000000-0000-4000-8000-000000000000").get("total_items").asLong());
    }

    @Test
    void servicesFilterByTheDayAndTimesTheyMeet() throws Exception {
        JsonNode all = get("/oruk/services?per_page=200");
        JsonNode schedule = null;
        String serviceId = null;
        for (JsonNode summary : all.get("contents")) {
            JsonNode detail = get("/oruk/services/" + summary.get("id").asText());
            for (JsonNode candidate : detail.get("schedules")) {
                if (!candidate.has("valid_to") || !LocalDate.parse(candidate.get("valid_to").asText()).isBefore(LocalDate.now())) {
                    schedule = candidate;
                    serviceId = summary.get("id").asText();
                    break;
                }
            }
            if (schedule != null) {
                break;
            }
        }
        assertTrue(schedule != null, "the demo has a service meeting from today on");
        DayOfWeek day = LocalDate.parse(schedule.get("dtstart").asText()).getDayOfWeek();
        String opens = schedule.get("opens_at").asText();
        String closes = schedule.get("closes_at").asText();

        JsonNode found = get("/oruk/services?per_page=200&day=" + day.name().toLowerCase() + "&start_time=" + opens
                + "&end_time=" + closes);
        assertTrue(found.get("contents").findValuesAsText("id").contains(serviceId), "the service meets then");
        assertTrue(found.get("total_items").asLong() < all.get("total_items").asLong(), "the times narrow the list");
        for (JsonNode service : found.get("contents")) {
            JsonNode detail = get("/oruk/services/" + service.get("id").asText());
            boolean meetsThen = false;
            for (JsonNode each : detail.get("schedules")) {
                meetsThen |= LocalDate.parse(each.get("dtstart").asText()).getDayOfWeek() == day
                        && LocalTime.parse(each.get("opens_at").asText()).compareTo(LocalTime.parse(opens)) >= 0
                        && LocalTime.parse(each.get("closes_at").asText()).compareTo(LocalTime.parse(closes)) <= 0;
            }
            assertTrue(meetsThen, service.get("name").asText() + " has a schedule on " + day + " within the times");
        }
        String twoLetters = day.name().substring(0, 2);
        assertEquals(get("/oruk/services?per_page=200&day=" + day.name()).get("total_items").asLong(),
                get("/oruk/services?per_page=200&day=" + twoLetters).get("total_items").asLong(),
                "a day is its name or the two letters schedules use");
        assertEquals(0, get("/oruk/services?start_time=23:30").get("total_items").asLong(), "nothing meets that late");

        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> funday = http.get("/oruk/services?day=Funday");
        assertEquals(400, funday.statusCode());
        assertTrue(funday.body().contains("day must be a day of the week"), funday.body());
        assertEquals(400, http.get("/oruk/services?start_time=25:00").statusCode());
        HttpResponse<String> backwards = http.get("/oruk/services?start_time=15:00&end_time=10:00");
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body().contains("end_time must be later than start_time"), backwards.body());
    }

    @Test
    void taxonomiesMatchTheStandard() throws Exception {
        JsonNode taxonomies = get("/oruk/taxonomies");
        assertPage(taxonomies, 1, taxonomies.get("contents").size());
        assertEquals(2, taxonomies.get("total_items").asInt());
        for (JsonNode taxonomy : taxonomies.get("contents")) {
            assertValid("taxonomy.json", taxonomy);
        }
    }

    @Test
    void badParametersAndUnknownServicesGetAProblemThatSaysWhatIsWrong() {
        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> badPage = http.get("/oruk/services?per_page=0");
        assertEquals(400, badPage.statusCode());
        assertTrue(badPage.body().contains("per_page must be a whole number from 1 to 200"), badPage.body());
        assertEquals(400, http.get("/oruk/services?minimum_age=old").statusCode());
        HttpResponse<String> unknown = http.get("/oruk/services/c1c1e500-0000-4000-8001-0000ffffffff");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, http.get("/oruk/services/not-a-uuid").statusCode());
        assertEquals(200, http.get("/oruk").statusCode(), "the API's root says which version it speaks");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = new HttpProbe(base).get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static void assertPage(JsonNode page, int number, int size) {
        for (String field : List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty")) {
            assertTrue(page.has(field), "a page has " + field);
        }
        assertEquals(number, page.get("page_number").asInt());
        assertEquals(size, page.get("size").asInt());
        assertEquals(size, page.get("contents").size());
        assertEquals(number == 1, page.get("first_page").asBoolean());
    }

    private static void assertValid(String schemaFile, JsonNode document) throws Exception {
        try (InputStream schema = OpenReferralIT.class.getResourceAsStream("/oruk-v3/" + schemaFile)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
            Set<ValidationMessage> problems = validator.validate(document);
            assertTrue(problems.isEmpty(), schemaFile + ": " + problems + "\n" + document.toPrettyString());
        }
    }
}
