package care.circles.seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo's hubs and spokes with their details, schedules, the sessions that have
 * bookings, the bookings and waiting lists, and a payment request for each paid booking, inside
 * the caller's transaction. The web app makes the other sessions from the schedules.
 */
final class DemoDayOpportunityWriter {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private record SessionKey(int schedule, LocalDate date) {
    }

    private final Connection connection;
    private final Map<String, Long> accountIds;
    private final Map<String, Long> placeIds;
    private final Map<String, Long> providerIds;
    private final Map<String, Long> listingIds = new HashMap<>();

    DemoDayOpportunityWriter(Connection connection, Map<String, Long> accountIds, Map<String, Long> placeIds,
                             Map<String, Long> providerIds) {
        this.connection = connection;
        this.accountIds = accountIds;
        this.placeIds = placeIds;
        this.providerIds = providerIds;
    }

    void write(DemoMarketplace marketplace) throws SQLException {
        for (DemoDayOpportunity listing : marketplace.dayOpportunities()) {
            listingIds.put(listing.name(), insertListing(listing));
        }
        for (DemoDayOpportunity listing : marketplace.dayOpportunities()) {
            if (listing.details().hubName() != null) {
                update("UPDATE day_opportunity SET hub_id = ? WHERE id = ?",
                        listingIds.get(listing.details().hubName()), listingIds.get(listing.name()));
            }
        }
        List<Long> scheduleIds = new ArrayList<>();
        for (DemoSchedule schedule : marketplace.schedules()) {
            scheduleIds.add(insert("INSERT INTO session_series (day_opportunity_id, kind, recurrence, first_date,"
                            + " start_time, end_time, capacity, booking_cutoff_hours, skip_bank_holidays, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)",
                    listingIds.get(schedule.listingName()), schedule.kind().name(), schedule.recurrence().name(),
                    schedule.firstDate(), schedule.start(), schedule.end(), schedule.capacity(),
                    schedule.bookingCutoffHours(), DemoMarketplaceGenerator.BASE_INSTANT));
        }
        Map<SessionKey, Integer> booked = new LinkedHashMap<>();
        marketplace.bookings().forEach(b -> booked.merge(new SessionKey(b.schedule(), b.date()), b.waiting() ? 0 : 1,
                Integer::sum));
        Map<SessionKey, Long> sessionIds = new HashMap<>();
        for (Map.Entry<SessionKey, Integer> session : booked.entrySet()) {
            sessionIds.put(session.getKey(), insertSession(marketplace.schedules().get(session.getKey().schedule()),
                    scheduleIds.get(session.getKey().schedule()), session.getKey().date(), session.getValue()));
        }
        Map<String, DemoDayOpportunity> listings = new HashMap<>();
        marketplace.dayOpportunities().forEach(l -> listings.put(l.name(), l));
        Map<String, String> owners = new HashMap<>();
        marketplace.providers().forEach(p -> owners.put(p.name(), p.ownerEmail()));
        for (DemoBooking booking : marketplace.bookings()) {
            DemoSchedule schedule = marketplace.schedules().get(booking.schedule());
            DemoDayOpportunity listing = listings.get(schedule.listingName());
            long sessionId = sessionIds.get(new SessionKey(booking.schedule(), booking.date()));
            long booker = accountIds.get(booking.bookerEmail());
            Instant made = booking.date().atStartOfDay(UK).minusDays(8).toInstant();
            if (booking.waiting()) {
                insert("INSERT INTO waitlist_entry (session_id, account_id, attendee_name, for_someone_else,"
                                + " payment_method, status, joined_at) VALUES (?, ?, ?, ?, ?, 'WAITING', ?)",
                        sessionId, booker, booking.attendeeName(), booking.forSomeoneElse(), booking.paymentMethod(), made);
                continue;
            }
            long bookingId = insert("INSERT INTO booking (session_id, booker_account_id, attendee_name, for_someone_else,"
                            + " payment_method, price_pence, status, booked_at) VALUES (?, ?, ?, ?, ?, ?, 'CONFIRMED', ?)",
                    sessionId, booker, booking.attendeeName(), booking.forSomeoneElse(), booking.paymentMethod(),
                    listing.price().asInt(), made);
            String funding = funding(booking.paymentMethod());
            if (listing.price().amount() > 0 && funding != null) {
                insert("INSERT INTO payment_request (source_key, payer_account_id, payee_account_id, funding,"
                                + " amount_pence, description, status, raised_at, raised_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, 'AWAITING', ?, ?)",
                        "booking:" + bookingId, booker, accountIds.get(owners.get(listing.providerName())), funding,
                        listing.price().amount(), listing.name() + ", " + booking.date() + ", for " + booking.attendeeName(),
                        made, booker);
            }
        }
    }

    private long insertListing(DemoDayOpportunity listing) throws SQLException {
        DemoListingDetails details = listing.details();
        long id = insert("INSERT INTO day_opportunity (provider_id, kind, name, place_id, description, capacity,"
                        + " price_pence, created_at, category, who_it_suits, min_age, address, opening_times, transport,"
                        + " cancellation_notice_hours, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                providerIds.get(listing.providerName()), listing.kind().name(), listing.name(),
                placeId(listing.placeName()), listing.description(), listing.capacity(), listing.price().asInt(),
                listing.createdAt(), details.category(), details.whoItSuits(), details.minAge(), details.address(),
                details.openingTimes(), details.transport(), details.cancellationNoticeHours(), listing.createdAt());
        for (String facility : details.facilities()) {
            insert("INSERT INTO day_opportunity_facility (day_opportunity_id, facility) VALUES (?, ?)", id, facility);
        }
        for (String need : details.needs()) {
            insert("INSERT INTO day_opportunity_need (day_opportunity_id, need) VALUES (?, ?)", id, need);
        }
        for (String way : details.funding()) {
            insert("INSERT INTO day_opportunity_funding (day_opportunity_id, funding) VALUES (?, ?)", id, way);
        }
        return id;
    }

    private long insertSession(DemoSchedule schedule, long scheduleId, LocalDate date, int taken) throws SQLException {
        Instant starts = ZonedDateTime.of(date, schedule.start(), UK).toInstant();
        return insert("INSERT INTO day_session (series_id, day_opportunity_id, kind, session_date, starts_at, ends_at,"
                + " booking_closes_at, capacity, places_taken, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED')",
                scheduleId, listingIds.get(schedule.listingName()), schedule.kind().name(), date, starts,
                ZonedDateTime.of(date, schedule.end(), UK).toInstant(),
                starts.minusSeconds(3600L * schedule.bookingCutoffHours()), schedule.capacity(), taken);
    }

    /** The payment request's funding for a booking's payment method; null when nothing is paid through Circles. */
    private static String funding(String paymentMethod) {
        return switch (paymentMethod) {
            case "DIRECT_PAYMENT", "LOW_VALUE_DIRECT_PAYMENT" -> "DIRECT_PAYMENT";
            case "ISF", "SELF_FUNDED" -> paymentMethod;
            default -> null;
        };
    }

    private long placeId(String placeName) {
        Long id = placeIds.get(placeName);
        if (id == null) {
            throw new IllegalStateException(placeName + " is not in the place table; load the gazetteer first");
        }
        return id;
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    /** @return the generated key, or 0 for tables keyed otherwise */
    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                DemoMarketplaceWriter.setInstant(statement, i + 1, instant);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
