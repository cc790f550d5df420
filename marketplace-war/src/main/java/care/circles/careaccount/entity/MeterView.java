package care.circles.careaccount.entity;

import java.util.List;

import care.circles.payments.Money;
import care.circles.payments.careaccount.CareMeter;
import care.circles.payments.careaccount.CareMeterEntry;
import care.circles.platform.SpokenDate;

/** A person's care account as they and the council read it: how far toward the cap, and every line with why. */
public record MeterView(CareMeter meter) {

    /** How the payments library names a card payment's category: by its merchant category code. */
    static final String CARD_PREFIX = "card-mcc-";

    public Money counted() {
        return meter.counted();
    }

    public Money cap() {
        return meter.cap();
    }

    public Money remaining() {
        return meter.remainingToCap();
    }

    public boolean hasReachedCap() {
        return meter.hasReachedCap();
    }

    /** Whole per cent of the cap reached, 0 to 100, for the progress bar. */
    public int percent() {
        return (int) Math.min(100, Math.max(0, meter.counted().pence() * 100 / meter.cap().pence()));
    }

    /** Newest first. */
    public List<Line> lines() {
        List<Line> lines = new java.util.ArrayList<>(meter.entries().stream().map(Line::new).toList());
        java.util.Collections.reverse(lines);
        return lines;
    }

    public boolean isEmpty() {
        return meter.entries().isEmpty();
    }

    /** One line: what was spent, what counted, and why. */
    public record Line(CareMeterEntry entry) {

        public String date() {
            return SpokenDate.of(entry.occurredOn());
        }

        public boolean isAdjustment() {
            return entry.kind() == CareMeterEntry.Kind.ADJUSTMENT;
        }

        /** "Personal care" from "personal-care"; a card payment by its merchant category; a refund says so. */
        public String category() {
            if (isAdjustment()) {
                return "Council adjustment";
            }
            if (entry.kind() == CareMeterEntry.Kind.REFUND) {
                return "Refund: " + purchaseCategory();
            }
            return purchaseCategory();
        }

        private String purchaseCategory() {
            if (entry.category() == null) {
                return "Not a kind of care";
            }
            if (entry.category().startsWith(CARD_PREFIX)) {
                return "Card payment (merchant category " + entry.category().substring(CARD_PREFIX.length()) + ")";
            }
            String words = entry.category().replace('-', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        public String spent() {
            return isAdjustment() ? "" : entry.spent().toString();
        }

        public String counted() {
            return entry.counted().toString();
        }

        public String explanation() {
            return entry.explanation();
        }
    }
}
