package care.circles.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemoOrganisationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final Gazetteer dorset = Gazetteer.dorset();
    private final List<DemoProvider> providers = new DemoMarketplaceGenerator(dorset, DemoMarketplaceGenerator.DEFAULT_SEED)
            .generate(0).providers();
    private final DemoOrganisations.Facts facts = DemoOrganisations.generate(providers, dorset, TODAY,
            DemoMarketplaceGenerator.DEFAULT_SEED);

    @Test
    void generatesTheSameFactsForTheSameDay() {
        assertEquals(facts, DemoOrganisations.generate(providers, dorset, TODAY, DemoMarketplaceGenerator.DEFAULT_SEED));
    }

    @Test
    void describesEveryOrganisationWithAreasInTheGazetteer() {
        assertEquals(providers.size(), facts.organisations().size());
        assertTrue(facts.organisations().stream().allMatch(o -> !o.areas().isEmpty()
                && o.areas().stream().allMatch(a -> dorset.place(a).isPresent())));
        assertTrue(facts.organisations().stream().filter(o -> o.type().equals("MICRO_PROVIDER"))
                .allMatch(o -> Double.parseDouble(o.fullTimeEquivalent()) <= 8), "micro-providers have 8 FTE or fewer");
        assertTrue(facts.organisations().stream().filter(o -> o.supports().contains("PERSONAL_CARE"))
                .allMatch(o -> o.regulated() && o.cqcNumber() != null), "personal care only with CQC registration");
    }

    @Test
    void showsOneExpiringSoonOneWithConditionsAndOneApplicationWaiting() {
        assertTrue(facts.accreditations().stream().anyMatch(a -> a.providerName().equals(DemoMarketplaceGenerator.DEMO_PROVIDER_NAME)
                && a.expiresOn().isBefore(TODAY.plusDays(60))), "the demo provider's accreditation expires soon");
        assertTrue(facts.accreditations().stream().anyMatch(a -> a.conditions() != null));
        assertEquals(1, facts.accreditations().stream().filter(a -> a.status().equals("SUBMITTED")).count());
        assertTrue(facts.accreditations().stream().filter(a -> a.status().equals("ACCREDITED"))
                .allMatch(a -> !a.expiresOn().isBefore(TODAY)), "nothing accredited has lapsed yet");
    }

    @Test
    void theDemoBrokerHoldsTheDemoDpHoldersIsf() {
        assertTrue(facts.isfs().stream().anyMatch(i -> i.holderName().equals(DemoMarketplaceGenerator.DEMO_BROKER_NAME)
                && DemoAccounts.DP_HOLDER.equals(i.personEmail()) && !i.issuedMonths().isEmpty()));
        assertTrue(facts.isfs().stream().allMatch(i -> i.spends().stream().mapToLong(DemoOrganisations.Spend::pence).sum()
                <= i.budgetPence()), "no demo ISF is overspent");
    }
}
