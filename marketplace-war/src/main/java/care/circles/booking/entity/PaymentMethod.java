package care.circles.booking.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import care.circles.dayopportunity.entity.FundingWay;
import care.circles.payments.Money;
import care.circles.payments.request.Funding;

/**
 * How a booked place is paid for. A carer's short break may also be paid from a low-value
 * direct payment (a small one-off payment for a carer's break). Council-commissioned and free
 * places raise no payment request.
 */
public enum PaymentMethod {
    DIRECT_PAYMENT("From my direct payment", "Direct payment", Funding.DIRECT_PAYMENT),
    LOW_VALUE_DIRECT_PAYMENT("From a low-value direct payment for a carer's break", "Low-value direct payment",
            Funding.DIRECT_PAYMENT),
    ISF("From my individual service fund (ISF)", "Individual service fund", Funding.ISF),
    SELF_FUNDED("I will pay myself", "Paying themselves", Funding.SELF_FUNDED),
    COUNCIL_COMMISSIONED("The council pays: it has commissioned this place", "The council", null),
    FREE("Nothing to pay: it is free", "Free", null);

    private final String label;
    private final String providerLabel;
    private final Funding funding;

    PaymentMethod(String label, String providerLabel, Funding funding) {
        this.label = label;
        this.providerLabel = providerLabel;
        this.funding = funding;
    }

    /** As the person booking chooses it: "From my direct payment". */
    public String getLabel() {
        return label;
    }

    /** As the provider's register shows it: "Direct payment". */
    public String getProviderLabel() {
        return providerLabel;
    }

    /** Where a payment request takes the money from; empty when nothing is to be paid through Circles. */
    public Optional<Funding> funding() {
        return Optional.ofNullable(funding);
    }

    /** The ways a provider accepts for a place at this price, carers' breaks adding the low-value payment. */
    public static List<PaymentMethod> accepted(Money price, java.util.Set<FundingWay> ways, boolean carersBreak) {
        if (price.isZero()) {
            return List.of(FREE);
        }
        List<PaymentMethod> methods = new ArrayList<>();
        if (ways.contains(FundingWay.DIRECT_PAYMENT)) {
            methods.add(DIRECT_PAYMENT);
            if (carersBreak) {
                methods.add(LOW_VALUE_DIRECT_PAYMENT);
            }
        }
        if (ways.contains(FundingWay.ISF)) {
            methods.add(ISF);
        }
        if (ways.contains(FundingWay.SELF_FUNDED)) {
            methods.add(SELF_FUNDED);
        }
        if (ways.contains(FundingWay.COUNCIL_COMMISSIONED)) {
            methods.add(COUNCIL_COMMISSIONED);
        }
        return methods;
    }

    /** What the person is told about paying, for a booking costing {@code cost}. */
    public String explain(Money cost) {
        return switch (this) {
            case DIRECT_PAYMENT -> cost + " from your direct payment. A payment request comes to you in Circles;"
                    + " nothing is paid until you confirm it.";
            case LOW_VALUE_DIRECT_PAYMENT -> cost + " from a low-value direct payment for your break. A payment"
                    + " request comes to you in Circles; nothing is paid until you confirm it.";
            case ISF -> cost + " from your individual service fund. A payment request comes to you in Circles"
                    + " to pass to whoever holds your ISF.";
            case SELF_FUNDED -> "You pay the provider " + cost + " yourself. Circles records a payment request so"
                    + " you both have a note of it.";
            case COUNCIL_COMMISSIONED -> "The council pays for this place: there is nothing for you to pay.";
            case FREE -> "It is free: there is nothing to pay.";
        };
    }
}
