package care.circles.openreferral.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.dayopportunity.entity.Category;
import care.circles.openreferral.entity.OpenReferralId;
import care.circles.openreferral.entity.OpenReferralQuery;
import care.circles.platform.Council;
import care.circles.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The marketplace's organisations and day opportunities as Open Referral UK v3 records, so
 * councils, the NHS and directories can reuse them: services (with their organisation,
 * locations, schedules, costs, funding, accreditations and taxonomy terms) and taxonomies.
 * Read straight from the tables the day-opportunity and provider components own; only listings
 * that are not withdrawn are published, and nothing about people.
 */
@ApplicationScoped
public class OpenReferralCatalogue {

    public static final String VERSION = "3.0";
    static final String CATEGORIES = "day-opportunity-categories";
    static final String NEEDS = "needs-supported";

    @PersistenceContext
    EntityManager em;

    @Inject
    Council council;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "site.url")
    Optional<String> siteUrl;

    @Inject
    @ConfigProperty(name = "PORT", defaultValue = "8080")
    int port;

    private static final String SERVICE_COLUMNS = "d.id, d.name, d.description, d.category, d.min_age, d.max_age,"
            + " d.price_pence, d.provider_id, COALESCE(d.updated_at, d.created_at)";

    public JsonObject root() {
        return Json.createObjectBuilder()
                .add("version", VERSION)
                .add("profile", "https://openreferraluk.org/")
                .add("openapi_url", site() + "/openapi")
                .build();
    }

    /** One page of services, with the paging fields the standard's Page object has. */
    public JsonObject services(OpenReferralQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM day_opportunity d WHERE d.withdrawn_at IS NULL");
        if (query.search() != null) {
            where.append(" AND (d.name LIKE ? OR d.description LIKE ?)");
            String like = "%" + query.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.add(like);
            parameters.add(like);
        }
        if (query.taxonomyTermId() != null) {
            Optional<String> category = categoryOfTerm(query.taxonomyTermId());
            Optional<String> need = needOfTerm(query.taxonomyTermId());
            if (category.isPresent()) {
                where.append(" AND d.category = ?");
                parameters.add(category.get());
            } else if (need.isPresent()) {
                where.append(" AND EXISTS (SELECT 1 FROM day_opportunity_need n WHERE n.day_opportunity_id = d.id AND n.need = ?)");
                parameters.add(need.get());
            } else {
                where.append(" AND 1 = 0");
            }
        }
        if (query.taxonomyId() != null) {
            if (query.taxonomyId().equals(OpenReferralId.named(NEEDS))) {
                where.append(" AND EXISTS (SELECT 1 FROM day_opportunity_need n WHERE n.day_opportunity_id = d.id)");
            } else if (!query.taxonomyId().equals(OpenReferralId.named(CATEGORIES))) {
                where.append(" AND 1 = 0");
            }
        }
        if (query.minimumAge() != null) {
            where.append(" AND d.min_age >= ?");
            parameters.add(query.minimumAge());
        }
        if (query.maximumAge() != null) {
            where.append(" AND d.max_age <= ?");
            parameters.add(query.maximumAge());
        }
        if (query.filtersByTime()) {
            // One schedule still running must meet every time filter given. A schedule's weekday is
            // its first date's: weekly, fortnightly and monthly sessions all keep that weekday.
            where.append(" AND EXISTS (SELECT 1 FROM session_series s WHERE s.day_opportunity_id = d.id"
                    + " AND (s.last_date IS NULL OR s.last_date >= ?)");
            parameters.add(LocalDate.now(clock.withZone(Platform.UK)));
            if (query.day() != null) {
                where.append(" AND DAYOFWEEK(s.first_date) = ?"); // 1 is Sunday in SQL
                parameters.add(query.day().getValue() % 7 + 1);
            }
            if (query.startTime() != null) {
                where.append(" AND s.start_time >= ?");
                parameters.add(query.startTime());
            }
            if (query.endTime() != null) {
                where.append(" AND s.end_time <= ?");
                parameters.add(query.endTime());
            }
            where.append(")");
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + where), parameters).getSingleResult()).longValue();
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(query.perPage());
        paged.add(query.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT " + SERVICE_COLUMNS + where + " ORDER BY d.id LIMIT ? OFFSET ?"),
                paged).getResultList();
        JsonArrayBuilder contents = Json.createArrayBuilder();
        for (Object[] row : rows) {
            contents.add(serviceSummary(row));
        }
        return page(contents, rows.size(), total, query.page(), query.perPage());
    }

    /** The full service record, or empty when there is no such published service. */
    public Optional<JsonObject> service(String id) {
        Optional<Long> number = OpenReferralId.SERVICE.numberIn(id);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + SERVICE_COLUMNS
                + " FROM day_opportunity d WHERE d.id = ? AND d.withdrawn_at IS NULL").setParameter(1, number.get()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        long serviceId = ((Number) row[0]).longValue();
        String serviceUuid = OpenReferralId.SERVICE.of(serviceId);
        JsonObjectBuilder service = serviceSummary(row);
        service.add("organization", organization(((Number) row[7]).longValue()));
        service.add("service_at_locations", locations(serviceId, serviceUuid));
        service.add("schedules", schedules(serviceId, serviceUuid));
        service.add("cost_options", costs(serviceId, serviceUuid, ((Number) row[6]).longValue()));
        service.add("funding", funding(serviceId, serviceUuid));
        service.add("attributes", attributes(serviceId, (String) row[3]));
        return Optional.of(service.build());
    }

    /** The taxonomies our services are described with, each with its terms. */
    public JsonObject taxonomies(int page, int perPage) {
        List<JsonObject> all = List.of(taxonomy(CATEGORIES, "Kinds of day opportunity",
                        "What a day opportunity is, as people look for one, in " + council.getName() + "'s marketplace"),
                taxonomy(NEEDS, "Needs supported", "The needs a day opportunity is set up to support"));
        JsonArrayBuilder contents = Json.createArrayBuilder();
        all.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(contents::add);
        int size = (int) Math.max(0, Math.min(perPage, all.size() - (long) (page - 1) * perPage));
        return page(contents, size, all.size(), page, perPage);
    }

    private JsonObject taxonomy(String name, String title, String description) {
        return Json.createObjectBuilder()
                .add("id", OpenReferralId.named(name))
                .add("name", title)
                .add("description", description)
                .add("uri", site() + "/oruk/taxonomies/" + OpenReferralId.named(name))
                .add("version", "1")
                .build();
    }

    private JsonObjectBuilder serviceSummary(Object[] row) {
        long id = ((Number) row[0]).longValue();
        long provider = ((Number) row[7]).longValue();
        long price = ((Number) row[6]).longValue();
        JsonObjectBuilder service = Json.createObjectBuilder()
                .add("id", OpenReferralId.SERVICE.of(id))
                .add("organization_id", OpenReferralId.ORGANIZATION.of(provider))
                .add("name", (String) row[1])
                .add("description", (String) row[2])
                .add("url", site() + "/day-opportunities/listing.xhtml?id=" + id)
                .add("status", "active")
                .add("fees", price == 0 ? "Free" : "£" + pounds(price) + " a session")
                .add("last_modified", DateTimeFormatter.ISO_INSTANT.format(instant(row[8])));
        accreditations(provider).ifPresent(a -> service.add("accreditations", a));
        if (row[4] != null) {
            service.add("minimum_age", ((Number) row[4]).intValue());
        }
        if (row[5] != null) {
            service.add("maximum_age", ((Number) row[5]).intValue());
        }
        return service;
    }

    /** "Micro-provider quality mark until 31 March 2027; ..." for the organisation's current accreditations. */
    private Optional<String> accreditations(long providerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT accreditation_kind, expires_on, conditions FROM accreditation"
                + " WHERE provider_id = ? AND status = 'ACCREDITED' ORDER BY accreditation_kind").setParameter(1, providerId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(r -> words((String) r[0])
                        + (r[1] == null ? "" : " until " + date(r[1]).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)))
                        + (r[2] == null ? "" : " (conditions: " + r[2] + ")"))
                .collect(Collectors.joining("; ")));
    }

    private JsonObject organization(long providerId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT id, name, description, contact_email, website, cqc_number"
                + " FROM provider WHERE id = ?").setParameter(1, providerId).getSingleResult();
        String uuid = OpenReferralId.ORGANIZATION.of(providerId);
        JsonObjectBuilder organization = Json.createObjectBuilder()
                .add("id", uuid)
                .add("name", (String) row[1])
                .add("description", (String) row[2])
                .add("uri", site() + "/organisations/organisation.xhtml?id=" + providerId);
        if (row[3] != null) {
            organization.add("email", (String) row[3]);
        }
        if (row[4] != null && ((String) row[4]).matches("https?://\\S+")) {
            organization.add("website", (String) row[4]);
        }
        JsonArrayBuilder identifiers = Json.createArrayBuilder();
        if (row[5] != null) {
            identifiers.add(Json.createObjectBuilder()
                    .add("id", OpenReferralId.IDENTIFIER.of(providerId))
                    .add("organization_id", uuid)
                    .add("identifier_scheme", "CQC")
                    .add("identifier_type", "Care Quality Commission location or provider ID")
                    .add("identifier", (String) row[5]));
        }
        return organization.add("organization_identifiers", identifiers).build();
    }

    private JsonArrayBuilder locations(long serviceId, String serviceUuid) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT p.id, p.name, p.latitude, p.longitude, d.address"
                + " FROM day_opportunity d JOIN place p ON p.id = d.place_id WHERE d.id = ?").setParameter(1, serviceId)
                .getSingleResult();
        JsonObjectBuilder location = Json.createObjectBuilder()
                .add("id", OpenReferralId.LOCATION.of(serviceId))
                .add("location_type", "physical")
                .add("name", row[4] == null ? (String) row[1] : row[4] + ", " + row[1])
                .add("latitude", (BigDecimal) row[2])
                .add("longitude", (BigDecimal) row[3]);
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", OpenReferralId.SERVICE_AT_LOCATION.of(serviceId))
                .add("service_id", serviceUuid)
                .add("location_id", OpenReferralId.LOCATION.of(serviceId))
                .add("location", location));
    }

    private JsonArrayBuilder schedules(long serviceId, String serviceUuid) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, recurrence, first_date, last_date, start_time, end_time, kind"
                + " FROM session_series WHERE day_opportunity_id = ? ORDER BY id").setParameter(1, serviceId).getResultList();
        JsonArrayBuilder schedules = Json.createArrayBuilder();
        for (Object[] row : rows) {
            LocalDate first = date(row[2]);
            String recurrence = (String) row[1];
            LocalTime opens = time(row[4]);
            LocalTime closes = time(row[5]);
            JsonObjectBuilder schedule = Json.createObjectBuilder()
                    .add("id", OpenReferralId.SCHEDULE.of(((Number) row[0]).longValue()))
                    .add("service_id", serviceUuid)
                    .add("valid_from", first.toString())
                    .add("dtstart", first.toString())
                    .add("opens_at", opens.toString())
                    .add("closes_at", closes.toString())
                    .add("attending_type", "in_person")
                    .add("description", describe(recurrence, first, opens, closes)
                            + ("CARERS_BREAK".equals(row[6]) ? " (a short break for carers)" : ""));
            if (row[3] != null) {
                schedule.add("valid_to", date(row[3]).toString());
            }
            String day = first.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase();
            switch (recurrence) {
                case "WEEKLY" -> schedule.add("freq", "WEEKLY").add("interval", 1).add("byday", day);
                case "FORTNIGHTLY" -> schedule.add("freq", "WEEKLY").add("interval", 2).add("byday", day);
                // Monthly sessions fall on the same weekday of the month (the first Monday, say): 1MO.
                case "MONTHLY" -> schedule.add("freq", "MONTHLY").add("interval", 1).add("byday", weekOfMonth(first) + day);
                default -> { } // once: dtstart alone
            }
            schedules.add(schedule);
        }
        return schedules;
    }

    /** A DATE column as the driver hands it over (java.sql.Date from native queries). */
    private static LocalDate date(Object column) {
        return column instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) column;
    }

    /** A DATETIME column, stored in UTC. */
    private static java.time.Instant instant(Object column) {
        return column instanceof java.sql.Timestamp sql ? sql.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : ((LocalDateTime) column).toInstant(ZoneOffset.UTC);
    }

    private static LocalTime time(Object column) {
        return column instanceof java.sql.Time sql ? sql.toLocalTime() : (LocalTime) column;
    }

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};

    /** 1 for the first of that weekday in its month, 2 for the second, and so on. */
    private static int weekOfMonth(LocalDate day) {
        return (day.getDayOfMonth() - 1) / 7 + 1;
    }

    private static String describe(String recurrence, LocalDate first, LocalTime opens, LocalTime closes) {
        String day = first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        String hours = " from " + opens + " to " + closes;
        return switch (recurrence) {
            case "WEEKLY" -> "Every " + day + hours;
            case "FORTNIGHTLY" -> "Every other " + day + hours;
            case "MONTHLY" -> "On the " + ORDINALS[weekOfMonth(first) - 1] + " " + day + " of each month" + hours;
            default -> "On " + first.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)) + hours;
        };
    }

    private JsonArrayBuilder costs(long serviceId, String serviceUuid, long pence) {
        JsonObjectBuilder cost = Json.createObjectBuilder()
                .add("id", OpenReferralId.COST_OPTION.of(serviceId))
                .add("service_id", serviceUuid)
                .add("option", pence == 0 ? "Free" : "Per session")
                .add("amount", new BigDecimal(pence).movePointLeft(2))
                .add("amount_description", pence == 0 ? "Free" : "£" + pounds(pence) + " a session");
        return Json.createArrayBuilder().add(cost);
    }

    private JsonArrayBuilder funding(long serviceId, String serviceUuid) {
        @SuppressWarnings("unchecked")
        List<String> ways = em.createNativeQuery("SELECT funding FROM day_opportunity_funding WHERE day_opportunity_id = ?"
                + " ORDER BY funding").setParameter(1, serviceId).getResultList();
        JsonArrayBuilder funding = Json.createArrayBuilder();
        int n = 0;
        for (String way : ways) {
            funding.add(Json.createObjectBuilder()
                    .add("id", OpenReferralId.FUNDING.of(serviceId * 16 + n++))
                    .add("service_id", serviceUuid)
                    .add("source", switch (way) {
                        case "DIRECT_PAYMENT" -> "Direct payment";
                        case "ISF" -> "Individual service fund";
                        case "SELF_FUNDED" -> "Paid for by the person";
                        default -> "Commissioned by " + council.getName();
                    }));
        }
        return funding;
    }

    private JsonArrayBuilder attributes(long serviceId, String category) {
        JsonArrayBuilder attributes = Json.createArrayBuilder();
        String serviceUuid = OpenReferralId.SERVICE.of(serviceId);
        int n = 0;
        attributes.add(attribute(serviceId * 64 + n++, serviceUuid, term(CATEGORIES, category, categoryLabel(category))));
        @SuppressWarnings("unchecked")
        List<String> needs = em.createNativeQuery("SELECT need FROM day_opportunity_need WHERE day_opportunity_id = ?"
                + " ORDER BY need").setParameter(1, serviceId).getResultList();
        for (String need : needs) {
            attributes.add(attribute(serviceId * 64 + n++, serviceUuid, term(NEEDS, need, words(need))));
        }
        return attributes;
    }

    private static JsonObjectBuilder attribute(long number, String serviceUuid, JsonObject term) {
        return Json.createObjectBuilder()
                .add("id", OpenReferralId.ATTRIBUTE.of(number))
                .add("link_id", serviceUuid)
                .add("link_type", "service")
                .add("taxonomy_term_id", term.getString("id"))
                .add("taxonomy_term", term);
    }

    private static JsonObject term(String taxonomy, String code, String label) {
        return Json.createObjectBuilder()
                .add("id", OpenReferralId.named(taxonomy + ":" + code))
                .add("name", label)
                .add("description", label)
                .add("taxonomy", taxonomy)
                .add("taxonomy_id", OpenReferralId.named(taxonomy))
                .add("term", code)
                .build();
    }

    private static Optional<String> categoryOfTerm(String termId) {
        return Arrays.stream(Category.values()).map(Enum::name)
                .filter(code -> OpenReferralId.named(CATEGORIES + ":" + code).equals(termId)).findFirst();
    }

    private Optional<String> needOfTerm(String termId) {
        @SuppressWarnings("unchecked")
        List<String> needs = em.createNativeQuery("SELECT DISTINCT need FROM day_opportunity_need").getResultList();
        return needs.stream().filter(code -> OpenReferralId.named(NEEDS + ":" + code).equals(termId)).findFirst();
    }

    private static String categoryLabel(String code) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(code)).map(Category::getLabel)
                .findFirst().orElseGet(() -> words(code));
    }

    /** LEARNING_DISABILITY reads "Learning disability". */
    private static String words(String code) {
        String text = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String pounds(long pence) {
        return new BigDecimal(pence).movePointLeft(2).toPlainString();
    }

    private static JsonObject page(JsonArrayBuilder contents, int size, long total, int page, int perPage) {
        long pages = Math.max(1, (total + perPage - 1) / perPage);
        return Json.createObjectBuilder()
                .add("total_items", total)
                .add("total_pages", pages)
                .add("page_number", page)
                .add("size", size)
                .add("first_page", page == 1)
                .add("last_page", page >= pages)
                .add("empty", size == 0)
                .add("contents", contents)
                .build();
    }

    private String site() {
        return siteUrl.orElse("http://localhost:" + port);
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

}
