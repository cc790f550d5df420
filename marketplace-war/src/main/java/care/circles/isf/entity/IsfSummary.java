package care.circles.isf.entity;

import java.time.YearMonth;
import java.util.List;

import care.circles.payments.Money;

/**
 * An ISF with its figures today: what the council's list, the broker's list and the person's
 * page show.
 *
 * @param lateStatements       months whose statement is past its due date (the 15th of the next month) and not issued
 * @param holderNotAccredited  why the holder may no longer hold ISFs, for an ISF in use or waiting; null while it may
 */
public record IsfSummary(Isf isf, String holderName, Money balance, Money spent, SpendingPace pace,
                         List<YearMonth> lateStatements, String holderNotAccredited) {

    public IsfSummary {
        lateStatements = List.copyOf(lateStatements);
    }

    public boolean hasLateStatements() {
        return !lateStatements.isEmpty();
    }

    /** The holder's ISF accreditation is suspended, withdrawn or has run out: no money moves until the council acts. */
    public boolean isHolderNoLongerAccredited() {
        return holderNotAccredited != null;
    }
}
