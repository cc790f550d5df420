package care.circles.finance.entity;

import java.time.LocalDate;

import care.circles.payment.entity.DirectPaymentHolder;
import care.circles.payments.Money;
import care.circles.payments.councilaudit.AccountReview;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;

/**
 * One direct payment account as council finance reviews it: what it holds, how many weeks of
 * funding that is, when it was last used, the surplus above the contingency, and overdrafts
 * (card payments that went through without enough money) to follow up.
 */
public record AccountLine(AccountReview review, DirectPaymentHolder holder, int overdrafts) {

    public long id() {
        return review.account().id();
    }

    public long personAccountId() {
        return review.account().personAccountId();
    }

    public String name() {
        return holder.displayName();
    }

    public Money balance() {
        return review.balance();
    }

    public Money fourWeekly() {
        return review.account().fourWeeklyAmount();
    }

    /** "9.5 weeks", or "One-off payments only" for an account without scheduled loads. */
    public String weeksHeld() {
        return review.weeksHeld() == null ? "One-off payments only" : review.weeksHeld().toPlainString() + " weeks";
    }

    public String lastActivity() {
        return review.lastActivity() == null ? "Never"
                : SpokenDate.of(LocalDate.ofInstant(review.lastActivity(), Platform.UK));
    }

    public Money contingency() {
        return review.contingency();
    }

    public Money surplus() {
        return review.surplus();
    }

    public boolean hasSurplus() {
        return review.hasSurplus();
    }

    public boolean hasOverdrafts() {
        return overdrafts > 0;
    }
}
