package care.circles.privacy.boundary;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.platform.Platform;
import care.circles.privacy.control.PersonalData;
import care.circles.privacy.entity.PersonalDataSection;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Everything we hold about the signed-in person, as a JSON file to keep
 * (/account/your-data.json; web.xml restricts /account/* to signed-in people). Never cached.
 */
@WebServlet("/account/your-data.json")
public class PersonalDataDownload extends HttpServlet {

    @Inject
    PersonalData personalData;

    @Inject
    CurrentAccount current;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account person = current.get().orElse(null);
        if (person == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"circles-your-data-"
                + LocalDate.now(clock.withZone(Platform.UK)) + ".json\"");
        try (Writer out = response.getWriter();
             JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                     .createGenerator(out)) {
            json.write(asJson(person, personalData.of(person)).build());
        }
    }

    static JsonObjectBuilder asJson(Account person, List<PersonalDataSection> sections) {
        JsonArrayBuilder parts = Json.createArrayBuilder();
        for (PersonalDataSection section : sections) {
            JsonArrayBuilder records = Json.createArrayBuilder();
            for (PersonalRecord record : section.records()) {
                JsonObjectBuilder fields = Json.createObjectBuilder();
                record.fields().forEach(fields::add);
                records.add(Json.createObjectBuilder().add("kind", record.heading()).add("fields", fields));
            }
            JsonObjectBuilder part = Json.createObjectBuilder().add("title", section.title()).add("records", records);
            if (section.keptOnErasure() != null) {
                part.add("keptOnErasure", section.keptOnErasure());
            }
            parts.add(part);
        }
        return Json.createObjectBuilder().add("account", person.id()).add("sections", parts);
    }
}
