package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.Role;
import care.circles.booking.control.BookingPayments;
import care.circles.booking.control.Bookings;
import care.circles.booking.control.ProviderSessions;
import care.circles.booking.control.Waitlist;
import care.circles.booking.control.WaitlistOfferExpiry;
import care.circles.booking.entity.Attendance;
import care.circles.booking.entity.Booking;
import care.circles.booking.entity.BookingChoice;
import care.circles.booking.entity.BookingOutcome;
import care.circles.booking.entity.BookingRefused;
import care.circles.booking.entity.BookingStatus;
import care.circles.booking.entity.PaymentMethod;
import care.circles.booking.entity.SessionFull;
import care.circles.booking.entity.WaitlistEntry;
import care.circles.booking.entity.WaitlistStatus;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.ListingDetails;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.SessionSeries;
import care.circles.place.control.Gazetteer;
import care.circles.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

/**
 * Booking day opportunities on the real MariaDB and Payara: the last place decided by the
 * database under fifty simultaneous requests, waiting lists with offers that are taken, declined
 * or run out, cancellations by the person and by the provider (everyone told), carers' breaks,
 * booking a series, payment requests raised once, the register, the calendar file and who may
 * do what.
 */
@ExtendWith(ArquillianExtension.class)
class BookingsIT {

    private static final int RACERS = 50;

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(DayOpportunityFixtures.class, FormSession.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    Listings listings;

    @Inject
    Sessions sessions;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Bookings bookings;

    @Inject
    Waitlist waitlist;

    @Inject
    WaitlistOfferExpiry expiry;

    @Inject
    ProviderSessions providerSessions;

    @Inject
    BookingPayments payments;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedThreadFactory threads;

    private DayOpportunityFixtures given() {
        return new DayOpportunityFixtures(accounts, listings, gazetteer, em, transaction);
    }

    private record Offer(DayOpportunityFixtures given, Account provider, DayOpportunity listing) {
    }

    /** A provider with a paid spoke (direct payment or own money), 24 hours' notice to cancel. */
    private Offer paidSpoke(String price, String... funding) {
        DayOpportunityFixtures given = given();
        Account provider = given.provider("Dorchester");
        DayOpportunity listing = given.list(provider, ListingKind.SPOKE, DayOpportunityFixtures.spoke(
                "Dorchester Art Club " + DayOpportunityFixtures.token(), "Dorchester", "Painting", "ARTS_AND_CRAFTS",
                price, List.of(funding), List.of("STEP_FREE_ACCESS")));
        return new Offer(given, provider, listing);
    }

    private static BookingChoice forMe(String name, PaymentMethod method) {
        return new BookingChoice(false, name, method, false);
    }

    // ---- the last place ----------------------------------------------------------------------

    @Test
    void fiftyPeopleAskingForTheLastPlaceAtTheSameMomentGetExactlyOneBooking() throws Exception {
        Offer offer = paidSpoke("5", "DIRECT_PAYMENT");
        DaySession session = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(10), 1);
        List<Account> people = new ArrayList<>();
        offer.given().inTransaction(() -> {
            for (int i = 0; i < RACERS; i++) {
                Account person = new Account(EmailAddress.of(DayOpportunityFixtures.token() + "@example.test"),
                        "not-a-password-hash", Role.DP_HOLDER, clock.instant(), null);
                em.persist(person);
                people.add(person);
            }
        });
        // Managed threads, so each booking runs in the container with a transaction of its own.
        ExecutorService pool = Executors.newFixedThreadPool(RACERS, threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        try {
            for (Account person : people) {
                tries.add(pool.submit(() -> {
                    go.await();
                    try {
                        bookings.book(person, session.id(), forMe("Racer", PaymentMethod.DIRECT_PAYMENT));
                        return true;
                    } catch (SessionFull full) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int booked = 0;
            for (Future<Boolean> attempt : tries) {
                booked += attempt.get(120, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, booked, "exactly one of " + RACERS + " got the place");
        } finally {
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        // The managed threads close this invocation's non-transactional entity manager as they end: read in a transaction.
        List<Long> counts = new ArrayList<>();
        offer.given().inTransaction(() -> {
            counts.add(number("SELECT COUNT(*) FROM booking WHERE session_id = ? AND status = 'CONFIRMED'", session.id()));
            counts.add(number("SELECT places_taken FROM day_session WHERE id = ?", session.id()));
            counts.add(number("SELECT COUNT(*) FROM payment_request WHERE source_key IN (SELECT CONCAT('booking:', id)"
                    + " FROM booking WHERE session_id = ?)", session.id()));
        });
        assertEquals(List.of(1L, 1L, 1L), counts, "one booking, one place taken, one payment request");
    }

    @Test
    void theDatabaseItselfRefusesMorePlacesTakenThanASessionHas() {
        Offer offer = paidSpoke("5", "DIRECT_PAYMENT");
        DaySession session = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(10), 2);

        assertThrows(RuntimeException.class, () -> offer.given().inTransaction(() -> em.createNativeQuery(
                "UPDATE day_session SET places_taken = capacity + 1 WHERE id = ?").setParameter(1, session.id())
                .executeUpdate()));
        assertEquals(0L, number("SELECT places_taken FROM day_session WHERE id = ?", session.id()));
    }

    // ---- waiting lists ------------------------------------------------------------------------

    @Test
    void aFreedPlaceIsKeptForTheFirstInLineWhoIsToldAndCanTakeIt() {
        Offer offer = paidSpoke("6", "DIRECT_PAYMENT", "SELF_FUNDED");
        DaySession session = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(10), 1);
        Account first = offer.given().person(Role.DP_HOLDER);
        Account second = offer.given().person(Role.DP_HOLDER);
        Account third = offer.given().person(Role.DP_HOLDER);
        Account latecomer = offer.given().person(Role.DP_HOLDER);
        assertThrows(BookingRefused.class, () -> waitlist.join(second, session.id(), forMe("Ben", PaymentMethod.SELF_FUNDED)),
                "with a place free, book it instead of waiting");
        Booking booked = only(bookings.book(first, session.id(), forMe("Ann", PaymentMethod.DIRECT_PAYMENT)));

        assertThrows(SessionFull.class, () -> bookings.book(second, session.id(), forMe("Ben", PaymentMethod.SELF_FUNDED)));
        WaitlistEntry ben = waitlist.join(second, session.id(), forMe("Ben", PaymentMethod.SELF_FUNDED));
        WaitlistEntry cat = waitlist.join(third, session.id(), forMe("Cat", PaymentMethod.DIRECT_PAYMENT));
        assertThrows(BookingRefused.class, () -> waitlist.join(second, session.id(), forMe("Ben", PaymentMethod.SELF_FUNDED)),
                "in line once");

        bookings.cancel(first, booked.id());

        assertEquals(WaitlistStatus.OFFERED, entry(ben).status());
        assertEquals(WaitlistStatus.WAITING, entry(cat).status());
        assertEquals(List.of(0L, 1L), places(session), "the freed place is kept for Ben");
        assertTrue(told(second, "A place is free at"), "Ben is told in the site");
        assertTrue(emailed(second, "A place is free for you"), "and by email");
        assertThrows(SessionFull.class, () -> bookings.book(latecomer, session.id(), forMe("Dee", PaymentMethod.DIRECT_PAYMENT)),
                "nobody else can take a kept place");
        assertThrows(SecurityException.class, () -> waitlist.accept(third, ben.id()), "only Ben can take Ben's offer");

        Booking taken = waitlist.accept(second, ben.id());

        assertEquals(WaitlistStatus.BOOKED, entry(ben).status());
        assertEquals(BookingStatus.CONFIRMED, taken.status());
        assertEquals(List.of(1L, 0L), places(session));
        assertEquals("SELF_FUNDED", text("SELECT funding FROM payment_request WHERE source_key = ?", "booking:" + taken.id()));
    }

    @Test
    void anOfferNotTakenInTimeGoesToTheNextInLineAndWithNobodyLeftTheFreedPlaceIsAnyonesAgain() {
        Offer offer = paidSpoke("0");
        DaySession session = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(10), 1);
        Account first = offer.given().person(Role.DP_HOLDER);
        Account second = offer.given().person(Role.DP_HOLDER);
        Account third = offer.given().person(Role.DP_HOLDER);
        Booking booked = only(bookings.book(first, session.id(), forMe("Ann", PaymentMethod.FREE)));
        WaitlistEntry ben = waitlist.join(second, session.id(), forMe("Ben", PaymentMethod.FREE));
        WaitlistEntry cat = waitlist.join(third, session.id(), forMe("Cat", PaymentMethod.FREE));
        bookings.cancel(first, booked.id());

        assertEquals(0, expiry.expireOffers(Clock.offset(clock, Duration.ofHours(23))), "Ben has a day to answer");
        assertEquals(1, expiry.expireOffers(Clock.offset(clock, Duration.ofHours(25))));

        assertEquals(WaitlistStatus.EXPIRED, entry(ben).status());
        assertEquals(WaitlistStatus.OFFERED, entry(cat).status());
        assertTrue(told(second, "has gone to the next person"));
        assertThrows(BookingRefused.class, () -> waitlist.accept(second, ben.id()), "an ended offer cannot be taken");
        assertEquals(List.of(0L, 1L), places(session), "still kept, now for Cat");

        assertEquals(1, expiry.expireOffers(Clock.offset(clock, Duration.ofHours(50))));

        assertEquals(WaitlistStatus.EXPIRED, entry(cat).status());
        assertEquals(List.of(0L, 0L), places(session), "nobody is left in line: the place is anyone's");
        assertEquals(BookingStatus.CONFIRMED, only(bookings.book(offer.given().person(Role.DP_HOLDER), session.id(),
                forMe("Dee", PaymentMethod.FREE))).status());
    }

    // ---- cancelling ----------------------------------------------------------------------------

    @Test
    void aPersonCancelsTheirOwnBookingAndCancellingWithLessNoticeThanAskedIsRecordedAsLate() {
        DayOpportunityFixtures given = given();
        Account provider = given.provider("Dorchester");
        DayOpportunity threeDaysNotice = given.list(provider, ListingKind.SPOKE, new ListingDetails.Typed(
                "Dorchester Choir " + DayOpportunityFixtures.token(), "Dorchester", "", "Singing", "MUSIC_DRAMA_AND_DANCE",
                "Anyone", "", "", "5", List.of("DIRECT_PAYMENT"), List.of(), List.of(), "", "", "", "10", "72"));
        Offer offer = new Offer(given, provider, threeDaysNotice);
        DaySession soon = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(1), 5);
        DaySession later = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(9), 5);
        Account person = offer.given().person(Role.DP_HOLDER);
        Account someoneElse = offer.given().person(Role.DP_HOLDER);
        Booking tomorrow = only(bookings.book(person, soon.id(), forMe("Eve", PaymentMethod.DIRECT_PAYMENT)));
        Booking nextWeek = only(bookings.book(person, later.id(), forMe("Eve", PaymentMethod.DIRECT_PAYMENT)));

        assertThrows(SecurityException.class, () -> bookings.cancel(someoneElse, tomorrow.id()));
        assertTrue(bookings.own(someoneElse, tomorrow.id()).isEmpty(), "nobody else sees it");
        bookings.cancel(person, tomorrow.id());
        bookings.cancel(person, nextWeek.id());

        assertTrue(booking(tomorrow).isLateCancellation(), "less than the 72 hours' notice asked for");
        assertFalse(booking(nextWeek).isLateCancellation());
        assertEquals(BookingStatus.CANCELLED_BY_PERSON, booking(nextWeek).status());
        assertThrows(BookingRefused.class, () -> bookings.cancel(person, nextWeek.id()), "cancelled once");
        assertEquals(List.of(0L, 0L), places(later));
        assertEquals(List.of("BOOKING_MADE", "BOOKING_CANCELLED"), audited(tomorrow.id()));
        assertTrue(told(offer.provider(), "Cancelled: Eve"), "the provider is told");
    }

    @Test
    void theProviderCancelsASessionAndEveryoneBookedOrWaitingIsToldWhyInTheSiteAndByEmail() {
        Offer offer = paidSpoke("5", "DIRECT_PAYMENT");
        DaySession session = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(5), 2);
        Account one = offer.given().person(Role.DP_HOLDER);
        Account two = offer.given().person(Role.DP_HOLDER);
        Account waiting = offer.given().person(Role.DP_HOLDER);
        Account otherProvider = offer.given().provider("Dorchester");
        bookings.book(one, session.id(), forMe("Fay", PaymentMethod.DIRECT_PAYMENT));
        bookings.book(two, session.id(), new BookingChoice(true, "Gus", PaymentMethod.DIRECT_PAYMENT, false));
        WaitlistEntry inLine = waitlist.join(waiting, session.id(), forMe("Hal", PaymentMethod.DIRECT_PAYMENT));

        assertThrows(SecurityException.class, () -> providerSessions.cancel(otherProvider, session.id(), "Not mine"));
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> providerSessions.cancel(offer.provider(), session.id(), " ")).problems().get(0).field());
        assertEquals(2, providerSessions.cancel(offer.provider(), session.id(), "The hall is flooded"));

        assertEquals(0L, number("SELECT COUNT(*) FROM booking WHERE session_id = ? AND status = 'CONFIRMED'", session.id()));
        assertEquals(2L, number("SELECT COUNT(*) FROM booking WHERE session_id = ? AND status = 'CANCELLED_BY_PROVIDER'"
                + " AND cancel_reason = 'The hall is flooded'", session.id()));
        assertEquals(WaitlistStatus.CLOSED, entry(inLine).status());
        for (Account person : List.of(one, two, waiting)) {
            assertTrue(told(person, "is cancelled by the provider"), "told in the site");
            assertTrue(emailed(person, "Session cancelled: " + offer.listing().name()), "told by email");
        }
        assertThrows(BookingRefused.class, () -> bookings.book(one, session.id(), forMe("Fay", PaymentMethod.DIRECT_PAYMENT)),
                "a cancelled session takes no bookings");
        assertEquals(1L, number("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'day_session' AND subject_id = ?"
                + " AND action = 'SESSION_CANCELLED'", session.id()));
    }

    // ---- series, carers' breaks, payment requests ---------------------------------------------

    @Test
    void bookingASeriesBooksEverySessionWithAPlaceAndSaysWhichWereFull() {
        Offer offer = paidSpoke("4", "DIRECT_PAYMENT");
        SessionSeries weekly = offer.given().schedule(offer.provider(), offer.listing(), "ACTIVITY", "WEEKLY",
                sessions.today().plusDays(3), 1, 0, "");
        List<DaySession> all = offer.given().sessionsOf(weekly);
        bookings.book(offer.given().person(Role.DP_HOLDER), all.get(1).id(), forMe("Ida", PaymentMethod.DIRECT_PAYMENT));
        Account person = offer.given().person(Role.DP_HOLDER);

        BookingOutcome outcome = bookings.book(person, all.get(0).id(),
                new BookingChoice(false, "Jo", PaymentMethod.DIRECT_PAYMENT, true));

        assertEquals(all.size() - 1, outcome.booked().size());
        assertEquals(List.of(all.get(1).id()), outcome.full().stream().map(DaySession::id).toList());
        long group = outcome.booked().get(0).id();
        assertTrue(outcome.booked().stream().allMatch(b -> booking(b).seriesGroupId() == group));
        assertEquals((long) all.size() - 1, number("SELECT COUNT(*) FROM payment_request WHERE payer_account_id = ?",
                person.id()), "one payment request for each session booked");
    }

    @Test
    void aCarerBooksABreakForThePersonTheyCareForPaidFromALowValueDirectPayment() {
        DayOpportunityFixtures given = given();
        Account provider = given.provider("Blandford Forum");
        DayOpportunity hub = given.list(provider, ListingKind.HUB, DayOpportunityFixtures.hub("Blandford Breaks "
                + DayOpportunityFixtures.token(), "Blandford Forum", "65"));
        DaySession carersBreak = given.sessionsOf(given.schedule(provider, hub, "CARERS_BREAK", "ONCE",
                sessions.today().plusDays(6), 4, 24, "")).get(0);
        Account carer = given.person(Role.DP_HOLDER);

        assertTrue(bookings.accepted(hub, carersBreak).contains(PaymentMethod.LOW_VALUE_DIRECT_PAYMENT));
        Booking booked = only(bookings.book(carer, carersBreak.id(),
                new BookingChoice(true, "Pat", PaymentMethod.LOW_VALUE_DIRECT_PAYMENT, false)));

        assertTrue(booking(booked).forSomeoneElse());
        assertEquals(6500L, number("SELECT amount_pence FROM payment_request WHERE source_key = ?", "booking:" + booked.id()));
        assertEquals("DIRECT_PAYMENT", text("SELECT funding FROM payment_request WHERE source_key = ?", "booking:" + booked.id()));
        assertEquals(number("SELECT account_id FROM provider WHERE id = ?", hub.providerId()),
                number("SELECT payee_account_id FROM payment_request WHERE source_key = ?", "booking:" + booked.id()),
                "the provider's owner is paid");
        Booking councilPlace = only(bookings.book(carer, given.oneSession(provider, hub, sessions.today().plusDays(8), 3).id(),
                forMe("Pat", PaymentMethod.COUNCIL_COMMISSIONED)));
        assertEquals(0L, number("SELECT COUNT(*) FROM payment_request WHERE source_key = ?", "booking:" + councilPlace.id()),
                "the council pays: nothing to request");
    }

    @Test
    void aPaidBookingHandsItsPaymentRequestOverExactlyOnceAndAFreeOneNone() throws Exception {
        Offer paid = paidSpoke("7.50", "DIRECT_PAYMENT");
        Offer free = paidSpoke("0");
        DaySession paidSession = paid.given().oneSession(paid.provider(), paid.listing(), sessions.today().plusDays(4), 3);
        DaySession freeSession = free.given().oneSession(free.provider(), free.listing(), sessions.today().plusDays(4), 3);
        Account person = paid.given().person(Role.DP_HOLDER);
        Booking booked = only(bookings.book(person, paidSession.id(), forMe("Kim", PaymentMethod.DIRECT_PAYMENT)));
        Booking freeBooking = only(bookings.book(person, freeSession.id(), forMe("Kim", PaymentMethod.FREE)));

        long first = number("SELECT id FROM payment_request WHERE source_key = ?", "booking:" + booked.id());
        List<Long> again = new ArrayList<>();
        paid.given().inTransaction(() -> again.add(payments.raiseFor(booking(booked), paid.listing(), paidSession,
                listings.provider(paid.listing()).orElseThrow()).orElseThrow().id()));

        assertEquals(List.of(first), again, "handing it over again returns the request already raised");
        assertEquals(1L, number("SELECT COUNT(*) FROM payment_request WHERE source_key = ?", "booking:" + booked.id()));
        assertEquals(750L, number("SELECT amount_pence FROM payment_request WHERE id = ?", first));
        assertEquals(person.id().longValue(), number("SELECT payer_account_id FROM payment_request WHERE id = ?", first));
        assertEquals(0L, number("SELECT COUNT(*) FROM payment_request WHERE source_key = ?", "booking:" + freeBooking.id()));
        assertThrows(InvalidInputException.class, () -> bookings.book(person, paidSession.id(),
                forMe("Lou", PaymentMethod.ISF)), "a way the provider does not take");
    }

    // ---- the register, the calendar and who may do what ---------------------------------------

    @Test
    void theDemoProviderFillsInLastWeeksRegisterButNotOneForASessionStillToCome() {
        Account provider = accounts.byEmail(EmailAddress.of("provider@demo.circles.test")).orElseThrow();
        long past = number("SELECT s.id FROM day_session s JOIN day_opportunity d ON d.id = s.day_opportunity_id"
                + " JOIN provider p ON p.id = d.provider_id JOIN account a ON a.id = p.account_id"
                + " WHERE a.email = 'provider@demo.circles.test' AND s.starts_at < UTC_TIMESTAMP()"
                + " AND EXISTS (SELECT 1 FROM booking b WHERE b.session_id = s.id) ORDER BY s.starts_at DESC LIMIT 1");
        ProviderSessions.Register register = providerSessions.register(provider, past);
        assertEquals(3, register.booked().size(), "three people were booked last week");
        long came = register.booked().get(0).id();
        long didNot = register.booked().get(1).id();

        providerSessions.noteAttendance(provider, past, Map.of(came, Attendance.ATTENDED, didNot, Attendance.ABSENT));
        assertEquals("ATTENDED", text("SELECT attendance FROM booking WHERE id = ?", came));
        assertEquals("ABSENT", text("SELECT attendance FROM booking WHERE id = ?", didNot));

        Offer offer = paidSpoke("5", "DIRECT_PAYMENT");
        DaySession coming = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(3), 2);
        Booking booked = only(bookings.book(offer.given().person(Role.DP_HOLDER), coming.id(),
                forMe("Max", PaymentMethod.DIRECT_PAYMENT)));
        assertThrows(BookingRefused.class, () -> providerSessions.noteAttendance(offer.provider(), coming.id(),
                Map.of(booked.id(), Attendance.ATTENDED)), "the register opens on the day");
        assertThrows(SecurityException.class, () -> providerSessions.register(provider, coming.id()),
                "another provider's register is not found");
    }

    @Test
    void onlyPeopleWithADirectPaymentOrTheirCarersBookAndTheCalendarHoldsOnlyTheirOwn() throws Exception {
        Offer offer = paidSpoke("5", "DIRECT_PAYMENT");
        DaySession session = offer.given().oneSession(offer.provider(), offer.listing(), sessions.today().plusDays(4), 5);
        Account person = offer.given().person(Role.DP_HOLDER);
        Account other = offer.given().person(Role.DP_HOLDER);
        for (Role role : List.of(Role.PA, Role.PROVIDER)) {
            Account notAPerson = offer.given().person(role);
            assertThrows(SecurityException.class, () -> bookings.book(notAPerson, session.id(),
                    forMe("Ned", PaymentMethod.DIRECT_PAYMENT)), role + " cannot book");
        }
        Booking booked = only(bookings.book(person, session.id(), forMe("Olly, the \"artist\"; painter",
                PaymentMethod.DIRECT_PAYMENT)));
        Booking othersBooking = only(bookings.book(other, session.id(), forMe("Pam", PaymentMethod.DIRECT_PAYMENT)));

        FormSession signedIn = FormSession.signedIn(base, person.email().value(), DayOpportunityFixtures.PASSWORD);
        HttpResponse<String> calendar = signedIn.get("/bookings/calendar.ics");
        assertEquals(200, calendar.statusCode());
        assertTrue(calendar.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(calendar.body().startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(calendar.body().contains("UID:booking-" + booked.id() + "@circles\r\n"));
        assertTrue(calendar.body().replace("\r\n ", "").contains("DESCRIPTION:For Olly\\, the \"artist\"\\; painter."),
                "text is escaped");
        assertFalse(calendar.body().contains("booking-" + othersBooking.id() + "@"), "only their own bookings");
        assertEquals(404, signedIn.get("/bookings/calendar.ics?booking=" + othersBooking.id()).statusCode());
        assertEquals(404, signedIn.get("/bookings/cancel.xhtml?booking=" + othersBooking.id()).statusCode());
        String page = signedIn.get("/bookings/index.xhtml").body();
        assertTrue(page.contains(offer.listing().name()) && !page.contains("Pam"), "their bookings, not anyone else's");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static Booking only(BookingOutcome outcome) {
        assertEquals(1, outcome.booked().size());
        return outcome.booked().get(0);
    }

    private Booking booking(Booking booking) {
        em.clear();
        return em.find(Booking.class, booking.id());
    }

    private WaitlistEntry entry(WaitlistEntry entry) {
        em.clear();
        return em.find(WaitlistEntry.class, entry.id());
    }

    /** [places taken, places kept for the waiting list]. */
    private List<Long> places(DaySession session) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT places_taken, places_held FROM day_session WHERE id = ?")
                .setParameter(1, session.id()).getSingleResult();
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private boolean told(Account account, String words) {
        return number("SELECT COUNT(*) FROM notification WHERE account_id = ? AND message LIKE ?", account.id(),
                "%" + words + "%") > 0;
    }

    private boolean emailed(Account account, String subject) {
        return number("SELECT COUNT(*) FROM new_message_email WHERE recipient_account_id = ? AND subject LIKE ?",
                account.id(), subject + "%") > 0;
    }

    private List<String> audited(long bookingId) {
        @SuppressWarnings("unchecked")
        List<String> actions = em.createNativeQuery("SELECT action FROM audit_event WHERE subject_type = 'booking'"
                + " AND subject_id = ? ORDER BY id").setParameter(1, bookingId).getResultList();
        return actions;
    }

    private long number(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private String text(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return (String) query.getSingleResult();
    }
}
