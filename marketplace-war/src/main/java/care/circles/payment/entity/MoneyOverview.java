package care.circles.payment.entity;

import java.time.LocalDate;
import java.util.List;

import care.circles.payments.Money;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.Funds;
import care.circles.platform.SpokenDate;

/**
 * What a direct payment holder sees first: the money on the account, what card payments are
 * holding, the next loads, and how many payment requests wait for them.
 */
public record MoneyOverview(HolderAccount account, Funds funds, List<LocalDate> nextLoads, long requestsWaiting) {

    public MoneyOverview {
        nextLoads = List.copyOf(nextLoads);
    }

    public Money balance() {
        return funds.balance();
    }

    public Money held() {
        return funds.held();
    }

    public Money available() {
        return funds.available();
    }

    public Money loadAmount() {
        return account.account().fourWeeklyAmount();
    }

    public boolean hasScheduledLoads() {
        return account.account().hasScheduledLoads();
    }

    /** "every 4 weeks" or "every 14 days". */
    public String loadSchedule() {
        return scheduleOf(account.account());
    }

    /** "every 4 weeks", "every week" or "every 10 days". */
    public static String scheduleOf(DirectPaymentAccount account) {
        int days = account.loadEveryDays();
        return days % 7 == 0 ? "every " + (days == 7 ? "week" : days / 7 + " weeks") : "every " + days + " days";
    }

    public List<String> nextLoadDates() {
        return nextLoads.stream().map(SpokenDate::of).toList();
    }
}
