package care.circles.pa.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.pa.entity.PaSearchResults.CheckBadge;
import care.circles.pa.entity.PaSearchResults.PaHit;

class PaSearchHitTest {

    private static final String TODAY = LocalDate.of(2026, 12, 7).toString();

    private static PaSearch.ShownListing listing(List<PaListing.Badge> badges) {
        return new PaSearch.ShownListing(7, "Jo D.", "Wimborne", new PaListing.Location(50.8, -1.98), List.of("MEALS"),
                1450, List.of("ENGLISH"), "WOMAN", "EITHER", true, false, badges, 2, 4.5);
    }

    @Test
    void aBadgeWhoseCheckExpiredSinceIndexingIsNotShown() {
        PaHit hit = PaSearch.toHit(listing(List.of(
                new PaListing.Badge("ENHANCED_DBS", "Enhanced DBS check", "2023-12-01", "2026-12-06"),
                new PaListing.Badge("FIRST_AID", "First aid", "2024-01-01", "2026-12-07"),
                new PaListing.Badge("IDENTITY", "Photo ID", "2026-01-01", null))), null, TODAY);

        assertEquals(List.of("FIRST_AID", "IDENTITY"), hit.checks().stream().map(CheckBadge::type).toList(),
                "expired yesterday: gone; expires today: still shown; no expiry: shown");
    }

    @Test
    void distanceIsToOneDecimalPlaceAndAbsentWithoutAPlace() {
        PaHit hit = PaSearch.toHit(listing(List.of()), null, TODAY);
        assertNull(hit.distanceKm());
        assertEquals(2, hit.reviewCount());
        assertEquals(4.5, hit.averageRating());
    }
}
