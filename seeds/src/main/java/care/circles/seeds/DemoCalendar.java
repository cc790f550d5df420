package care.circles.seeds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import care.circles.seeds.DemoSchedule.Kind;
import care.circles.seeds.DemoSchedule.Recurrence;

/**
 * The demo's schedules, bookings and waiting lists, placed from the day the sessions start (the
 * loader gives today): every hub and spoke meets weekly (an advice hub monthly too), the demo
 * provider's first spoke has last week's session to fill in the register of, a nearly full one
 * and a full one with a waiting list, its hub offers carers' breaks, the demo DP holder has a
 * booking and a carer's break booked, and a few other spokes are nearly full.
 */
final class DemoCalendar {

    private static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Wilson", "Davies",
            "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall", "Wood", "Clarke");
    private static final LocalTime MORNING = LocalTime.of(10, 0);
    private static final int DEMO_SPOKE_PLACES = 8;
    private static final int CARERS_BREAK_PLACES = 6;
    private static final int NEARLY_FULL_SPOKES = 3;

    private final Random random;
    private final LocalDate from;
    private final Set<LocalDate> bankHolidays;
    private final List<String> firstNames;
    private int nextBooker;

    DemoCalendar(Random random, LocalDate from, Set<LocalDate> bankHolidays, List<String> firstNames) {
        this.random = random;
        this.from = from;
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.firstNames = firstNames;
    }

    List<DemoSchedule> schedules(List<DemoDayOpportunity> all, String demoProvider) {
        DemoDayOpportunity demoHub = first(all, DemoDayOpportunity.Kind.HUB, demoProvider);
        DemoDayOpportunity demoSpoke = first(all, DemoDayOpportunity.Kind.SPOKE, demoProvider);
        List<DemoSchedule> schedules = new ArrayList<>();
        for (DemoDayOpportunity listing : all) {
            if (listing.kind() == DemoDayOpportunity.Kind.SPOKE) {
                schedules.add(spoke(listing, listing == demoSpoke));
                continue;
            }
            String name = listing.name();
            if (name.endsWith("Day Centre")) {
                weekly(schedules, listing, Kind.ACTIVITY, LocalTime.of(15, 30), listing.capacity(), 48,
                        DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
            } else if (name.endsWith("Carers' Break House")) {
                weekly(schedules, listing, Kind.CARERS_BREAK, LocalTime.of(16, 0), listing.capacity(), 48,
                        DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            } else if (name.endsWith("Information and Advice Hub")) {
                weekly(schedules, listing, Kind.ACTIVITY, LocalTime.of(13, 0), listing.capacity(), 0, DayOfWeek.WEDNESDAY);
                LocalDate firstMonday = from.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
                schedules.add(new DemoSchedule(name, Kind.ACTIVITY, Recurrence.MONTHLY, firstMonday.isBefore(from)
                        ? from.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)) : firstMonday,
                        MORNING, LocalTime.of(12, 0), listing.capacity(), 0));
            } else {
                weekly(schedules, listing, Kind.ACTIVITY, LocalTime.of(15, 0), listing.capacity(), 24,
                        DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            }
            if (listing == demoHub) {
                weekly(schedules, listing, Kind.CARERS_BREAK, LocalTime.of(16, 0), CARERS_BREAK_PLACES, 24,
                        DayOfWeek.THURSDAY);
            }
        }
        return schedules;
    }

    List<DemoBooking> bookings(List<DemoDayOpportunity> all, List<DemoSchedule> schedules, String demoProvider) {
        List<DemoBooking> bookings = new ArrayList<>();
        DemoDayOpportunity demoSpoke = first(all, DemoDayOpportunity.Kind.SPOKE, demoProvider);
        int spokeSchedule = indexOf(schedules, demoSpoke.name(), Kind.ACTIVITY);
        DemoSchedule spoke = schedules.get(spokeSchedule);
        String pay = payment(demoSpoke, false);
        List<LocalDate> next = spoke.datesFrom(from, bankHolidays, 2);
        book(bookings, spokeSchedule, spoke.firstDate(), 3, pay);
        book(bookings, spokeSchedule, next.get(0), DEMO_SPOKE_PLACES - 3, pay);
        bookings.add(new DemoBooking(spokeSchedule, next.get(0), DemoAccounts.DP_HOLDER, "Alex Morgan", false, pay, false));
        book(bookings, spokeSchedule, next.get(1), DEMO_SPOKE_PLACES, pay);
        for (int i = 0; i < 2; i++) {
            bookings.add(new DemoBooking(spokeSchedule, next.get(1), booker(), name(), false, pay, true));
        }

        DemoDayOpportunity demoHub = first(all, DemoDayOpportunity.Kind.HUB, demoProvider);
        int breakSchedule = indexOf(schedules, demoHub.name(), Kind.CARERS_BREAK);
        LocalDate nextBreak = schedules.get(breakSchedule).datesFrom(from.plusDays(2), bankHolidays, 1).get(0);
        String breakPay = payment(demoHub, true);
        bookings.add(new DemoBooking(breakSchedule, nextBreak, DemoAccounts.DP_HOLDER, "Pat Morgan", true, breakPay, false));
        book(bookings, breakSchedule, nextBreak, 2, breakPay);

        int nearlyFull = 0;
        for (int i = 0; i < schedules.size() && nearlyFull < NEARLY_FULL_SPOKES; i++) {
            DemoSchedule schedule = schedules.get(i);
            DemoDayOpportunity listing = listing(all, schedule.listingName());
            if (listing.kind() == DemoDayOpportunity.Kind.SPOKE && !listing.providerName().equals(demoProvider)
                    && schedule.capacity() <= 12) {
                book(bookings, i, schedule.datesFrom(from.plusDays(2), bankHolidays, 1).get(0), schedule.capacity() - 1,
                        payment(listing, false));
                nearlyFull++;
            }
        }
        return bookings;
    }

    private DemoSchedule spoke(DemoDayOpportunity listing, boolean demo) {
        String when = DayOpportunityCatalogue.WHEN.stream().filter(listing.description()::contains).findFirst()
                .orElse("Tuesday mornings");
        DayOfWeek day = DayOfWeek.valueOf(when.substring(0, when.indexOf(' ')).toUpperCase(Locale.ROOT));
        LocalTime start = when.endsWith("afternoons") ? LocalTime.of(14, 0)
                : when.endsWith("evenings") ? LocalTime.of(18, 30) : MORNING;
        // The demo provider's spoke began last week, so its register has a session to fill in.
        LocalDate first = demo ? DemoSchedule.onOrAfter(from.minusDays(7), day) : DemoSchedule.onOrAfter(from, day);
        return new DemoSchedule(listing.name(), Kind.ACTIVITY, Recurrence.WEEKLY, first, start, start.plusHours(2),
                demo ? DEMO_SPOKE_PLACES : listing.capacity(), 24);
    }

    private void weekly(List<DemoSchedule> schedules, DemoDayOpportunity listing, Kind kind, LocalTime end, int places,
                        int cutoffHours, DayOfWeek... days) {
        for (DayOfWeek day : days) {
            schedules.add(new DemoSchedule(listing.name(), kind, Recurrence.WEEKLY, DemoSchedule.onOrAfter(from, day),
                    MORNING, end, places, cutoffHours));
        }
    }

    private void book(List<DemoBooking> bookings, int schedule, LocalDate date, int places, String payment) {
        for (int i = 0; i < places; i++) {
            bookings.add(new DemoBooking(schedule, date, booker(), name(), random.nextInt(10) < 3, payment, false));
        }
    }

    /** How the demo's people pay: a direct payment where the provider takes one, else as the place allows. */
    private static String payment(DemoDayOpportunity listing, boolean carersBreak) {
        List<String> ways = listing.details().funding();
        if (listing.price().amount() == 0) {
            return ways.contains("COUNCIL_COMMISSIONED") ? "COUNCIL_COMMISSIONED" : "FREE";
        }
        if (ways.contains("DIRECT_PAYMENT")) {
            return carersBreak ? "LOW_VALUE_DIRECT_PAYMENT" : "DIRECT_PAYMENT";
        }
        return ways.get(0);
    }

    private String booker() {
        nextBooker = nextBooker % DemoMarketplaceGenerator.BOOKERS + 1;
        return String.format("person%02d%s", nextBooker, DemoAccounts.DOMAIN);
    }

    private String name() {
        return firstNames.get(random.nextInt(firstNames.size())) + " " + SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    private static DemoDayOpportunity first(List<DemoDayOpportunity> all, DemoDayOpportunity.Kind kind, String provider) {
        return all.stream().filter(o -> o.kind() == kind && o.providerName().equals(provider)).findFirst()
                .orElseThrow(() -> new IllegalStateException(provider + " runs no " + kind));
    }

    private static DemoDayOpportunity listing(List<DemoDayOpportunity> all, String name) {
        return all.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static int indexOf(List<DemoSchedule> schedules, String listingName, Kind kind) {
        for (int i = 0; i < schedules.size(); i++) {
            if (schedules.get(i).listingName().equals(listingName) && schedules.get(i).kind() == kind) {
                return i;
            }
        }
        throw new IllegalStateException(listingName + " has no " + kind + " schedule");
    }
}
