package care.circles.market.entity;

import java.util.Comparator;
import java.util.List;

import care.circles.payments.Money;
import care.circles.payments.directpayment.StatementCsv;

/**
 * The market across the county on one day: a row per locality, the county as a whole, and how
 * many direct payments and ISFs have no place recorded (so the council sees what the map misses).
 */
public record MarketPicture(Localities geography, List<LocalityFigures> localities, LocalityFigures county,
                            long unplacedDpHolders, long unplacedIsfs, long baseRatePence) {

    private static final String LINE_END = "\r\n";

    public MarketPicture {
        localities = List.copyOf(localities);
    }

    /**
     * The localities in the order asked for: by a measure (localities with nothing to measure
     * last either way), or A to Z by name when {@code by} is null; ties by name.
     */
    public List<LocalityFigures> sorted(MarketMeasure by, boolean descending) {
        Comparator<LocalityFigures> byName = Comparator.comparing(LocalityFigures::name);
        if (by == null) {
            return localities.stream().sorted(descending ? byName.reversed() : byName).toList();
        }
        Comparator<Long> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return localities.stream()
                .sorted(Comparator.comparing((LocalityFigures l) -> l.value(by), Comparator.nullsLast(values))
                        .thenComparing(byName))
                .toList();
    }

    public String baseRate() {
        return Money.ofPence(baseRatePence).toString();
    }

    /**
     * Every locality as CSV (RFC 4180) for a spreadsheet: a header row, a row per locality A to Z,
     * then the whole county; money in pounds as plain numbers, names defused against formulas.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder("Locality,Places in it");
        for (MarketMeasure measure : MarketMeasure.values()) {
            csv.append(',').append(StatementCsv.textCell(measure.label() + (measure.isMoney() ? " (£)" : "")));
        }
        csv.append(LINE_END);
        for (LocalityFigures locality : sorted(null, false)) {
            row(csv, locality);
        }
        row(csv, county);
        return csv.toString();
    }

    private static void row(StringBuilder csv, LocalityFigures locality) {
        csv.append(StatementCsv.textCell(locality.name())).append(',').append(locality.places());
        for (MarketMeasure measure : MarketMeasure.values()) {
            csv.append(',').append(measure.formatPlain(locality.value(measure)));
        }
        csv.append(LINE_END);
    }
}
