package care.circles.dayopportunity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class ListingDetailsTest {

    private static final Place BLANDFORD = new Place(7, "Blandford Forum", new GeoPoint(50.856, -2.164));

    private static ListingDetails.Typed spoke(String price, List<String> funding) {
        return new ListingDetails.Typed("Blandford Men's Shed", "Blandford Forum", "", "Woodwork and a chat.",
                "WORK_AND_VOLUNTEERING", "Men who would like company", "18", "", price, funding,
                List.of("STEP_FREE_ACCESS"), List.of(), "", "", "", "12", "48");
    }

    @Test
    void aSpokeIsReadWithItsPriceFacilitiesAndWaysToPay() {
        ListingDetails details = ListingDetails.of(ListingKind.SPOKE, spoke("4.50", List.of("DIRECT_PAYMENT", "SELF_FUNDED")),
                BLANDFORD);

        assertEquals(Money.ofPence(450), details.price());
        assertEquals(Set.of(FundingWay.DIRECT_PAYMENT, FundingWay.SELF_FUNDED), details.funding());
        assertEquals(Set.of(Facility.STEP_FREE_ACCESS), details.facilities());
        assertEquals(18, details.minAge());
        assertNull(details.maxAge());
        assertNull(details.address(), "a spoke's address is optional");
        assertEquals("Ages 18 and over", ListingDetails.ages(details.minAge(), details.maxAge()));
    }

    @Test
    void aPaidPlaceNeedsAWayToPayButAFreeOneDoesNot() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ListingDetails.of(ListingKind.SPOKE, spoke("4.50", List.of()), BLANDFORD));
        assertEquals(List.of(new FieldProblem("funding", "Tick at least one way people can pay")), refused.problems());

        assertEquals(Money.ZERO, ListingDetails.of(ListingKind.SPOKE, spoke("0", List.of()), BLANDFORD).price());
    }

    @Test
    void aHubNeedsAnAddressAndEveryMissingAnswerIsNamed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ListingDetails.of(ListingKind.HUB,
                new ListingDetails.Typed("", "Atlantis", "", "", "", "", "70", "30", "six pounds", List.of(), List.of("JACUZZI"),
                        List.of(), "", "", "", "", ""), null));

        assertEquals(List.of("name", "category", "description", "maxAge", "town", "address", "price", "facilities",
                "capacity", "cancellationNoticeHours"), refused.problems().stream().map(FieldProblem::field).toList(),
                "in the order of the form");
        assertEquals("We could not find 'Atlantis'. Choose a town from the list or enter a postcode district like DT11.",
                refused.problems().get(4).message());
    }

    @Test
    void pricesReadAsPeopleSayThem() {
        assertEquals("Free", SessionPrice.of(0, ListingKind.SPOKE).toString());
        assertEquals("£4.50 a session", SessionPrice.of(450, ListingKind.SPOKE).toString());
        assertEquals("£65.00 a day", SessionPrice.of(6500, ListingKind.HUB).toString());
    }
}
