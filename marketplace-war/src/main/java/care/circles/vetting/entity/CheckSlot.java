package care.circles.vetting.entity;

import java.util.ArrayList;
import java.util.List;

/** One check a PA needs: a type, and which one of it (reference 1 or reference 2). */
public record CheckSlot(CheckType type, int number) {

    public CheckSlot {
        if (type == null || number < 1 || number > type.needed()) {
            throw new IllegalArgumentException("There is no " + (type == null ? "check" : type.label()) + " " + number);
        }
    }

    public static CheckSlot of(CheckType type) {
        return new CheckSlot(type, 1);
    }

    /** Every check a PA can have verified, in the register's order. */
    public static List<CheckSlot> all() {
        List<CheckSlot> all = new ArrayList<>();
        for (CheckType type : CheckType.values()) {
            for (int n = 1; n <= type.needed(); n++) {
                all.add(new CheckSlot(type, n));
            }
        }
        return all;
    }

    /** "Reference 2", or just "Enhanced DBS check" for a check needed once. */
    public String label() {
        return type.needed() > 1 ? type.label() + " " + number : type.label();
    }

    /** The label to sit inside a sentence: "your enhanced DBS check", but "your Care Certificate". */
    public String inSentence() {
        String label = label();
        return type == CheckType.TRAINING_CARE_CERTIFICATE ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
