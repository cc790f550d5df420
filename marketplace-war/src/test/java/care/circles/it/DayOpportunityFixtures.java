package care.circles.it;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.ListingDetails;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.SessionPlan;
import care.circles.dayopportunity.entity.SessionSeries;
import care.circles.place.control.Gazetteer;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

/**
 * Small builders for the day-opportunity and booking tests: people, providers with their
 * organisation, listings with their details, and schedules, each with names of its own.
 */
final class DayOpportunityFixtures {

    static final String PASSWORD = "Correct-horse-battery";

    private final Accounts accounts;
    private final Listings listings;
    private final Gazetteer gazetteer;
    private final EntityManager em;
    private final UserTransaction transaction;

    DayOpportunityFixtures(Accounts accounts, Listings listings, Gazetteer gazetteer, EntityManager em,
                           UserTransaction transaction) {
        this.accounts = accounts;
        this.listings = listings;
        this.gazetteer = gazetteer;
        this.em = em;
        this.transaction = transaction;
    }

    static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    Account person(Role role) {
        return accounts.register(EmailAddress.of(token() + "@example.test"), NewPassword.of(PASSWORD, PASSWORD), role);
    }

    /**
     * A provider account with its organisation, based in the town, accredited by the council
     * (a quality mark in force), as the providers component would set it up.
     */
    Account provider(String town) {
        Account owner = unaccreditedProvider(town);
        inTransaction(() -> em.createNativeQuery("INSERT INTO accreditation (provider_id, accreditation_kind, status,"
                        + " started_at, started_by, submitted_at, decided_at, valid_from, expires_on)"
                        + " SELECT id, 'MICRO_PROVIDER_QUALITY_MARK', 'ACCREDITED', ?, ?, ?, ?, ?, ? FROM provider WHERE account_id = ?")
                .setParameter(1, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .setParameter(2, owner.id())
                .setParameter(3, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .setParameter(4, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .setParameter(5, java.time.LocalDate.now().minusDays(30))
                .setParameter(6, java.time.LocalDate.now().plusDays(335))
                .setParameter(7, owner.id())
                .executeUpdate());
        return owner;
    }

    /** A provider organisation the council has not accredited (yet). */
    Account unaccreditedProvider(String town) {
        Account owner = person(Role.PROVIDER);
        inTransaction(() -> em.createNativeQuery("INSERT INTO provider (account_id, name, kind, place_id, description,"
                        + " created_at) VALUES (?, ?, 'DAY_OPPORTUNITIES', ?, 'Day opportunities for the tests', ?)")
                .setParameter(1, owner.id())
                .setParameter(2, "Provider " + token())
                .setParameter(3, gazetteer.find(town).orElseThrow().id())
                .setParameter(4, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .executeUpdate());
        return owner;
    }

    /** What a spoke's form says, with the price in pounds ("0" for free) and the ways to pay. */
    static ListingDetails.Typed spoke(String name, String town, String description, String category, String price,
                                      List<String> funding, List<String> facilities) {
        return new ListingDetails.Typed(name, town, "Village Hall", description, category, "Adults who like company",
                "18", "", price, funding, facilities, List.of(), "", "", "", "10", "24");
    }

    static ListingDetails.Typed hub(String name, String town, String price) {
        return new ListingDetails.Typed(name, town, "1 Market Place", "A day centre with a sensory room.",
                "DAY_SERVICES", "", "18", "", price, List.of("DIRECT_PAYMENT", "SELF_FUNDED", "COUNCIL_COMMISSIONED"),
                List.of("STEP_FREE_ACCESS", "HOIST", "CHANGING_PLACES_TOILET"), List.of("COMPLEX_NEEDS"),
                "Monday to Friday, 9:30am to 4pm", "Minibus", "", "20", "48");
    }

    DayOpportunity list(Account provider, ListingKind kind, ListingDetails.Typed typed) {
        return listings.create(provider, kind, ListingDetails.of(kind, typed, gazetteer.find(typed.town()).orElseThrow()));
    }

    /** A schedule of the given kind, one-off or weekly, from the date, with the places and booking cut-off. */
    SessionSeries schedule(Account provider, DayOpportunity listing, String kind, String recurrence, LocalDate first,
                           int places, int cutoffHours, String exceptions) {
        SessionPlan plan = SessionPlan.of(new SessionPlan.Typed(kind, recurrence, String.valueOf(first.getDayOfMonth()),
                String.valueOf(first.getMonthValue()), String.valueOf(first.getYear()), "", "", "", "10:00", "12:00",
                String.valueOf(places), String.valueOf(cutoffHours), true, exceptions), listing.kind(), first);
        return listings.schedule(provider, listing.id(), plan);
    }

    /** The sessions of a schedule, soonest first. */
    List<DaySession> sessionsOf(SessionSeries series) {
        return em.createQuery("SELECT s FROM DaySession s WHERE s.seriesId = :series ORDER BY s.startsAt", DaySession.class)
                .setParameter("series", series.id())
                .getResultList();
    }

    /** A single session, far enough ahead for offers to run their course. */
    DaySession oneSession(Account provider, DayOpportunity listing, LocalDate on, int places) {
        return sessionsOf(schedule(provider, listing, "ACTIVITY", "ONCE", on, places, 0, "")).get(0);
    }

    void inTransaction(Runnable work) {
        try {
            transaction.begin();
            work.run();
            transaction.commit();
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException(e);
        }
    }

    private void rollBack() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // the transaction is already gone
        }
    }
}
