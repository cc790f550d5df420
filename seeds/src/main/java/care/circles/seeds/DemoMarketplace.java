package care.circles.seeds;

import java.util.List;

/** Everything the demo generator invents, ready to be written to an empty database. */
public record DemoMarketplace(
        List<DemoAccount> accounts,
        List<DemoPersonalAssistant> personalAssistants,
        List<DemoProvider> providers,
        List<DemoDayOpportunity> dayOpportunities,
        List<DemoSchedule> schedules,
        List<DemoBooking> bookings) {

    public DemoMarketplace {
        accounts = List.copyOf(accounts);
        personalAssistants = List.copyOf(personalAssistants);
        providers = List.copyOf(providers);
        dayOpportunities = List.copyOf(dayOpportunities);
        schedules = List.copyOf(schedules);
        bookings = List.copyOf(bookings);
    }

    public List<DemoDayOpportunity> dayOpportunities(DemoDayOpportunity.Kind kind) {
        return dayOpportunities.stream().filter(opportunity -> opportunity.kind() == kind).toList();
    }
}
