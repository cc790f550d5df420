package care.circles.booking.entity;

import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What a person chose when booking: who the place is for, their name for the provider's
 * register, how it is paid, and whether for one session or the rest of the series.
 */
public record BookingChoice(boolean forSomeoneElse, String attendeeName, PaymentMethod paymentMethod,
                            boolean wholeSeries) {

    public static final int MAX_NAME = 100;

    public BookingChoice {
        if (attendeeName == null || attendeeName.isBlank() || attendeeName.length() > MAX_NAME) {
            throw new IllegalArgumentException("A booking needs the name of who is coming");
        }
        if (paymentMethod == null) {
            throw new IllegalArgumentException("A booking needs a way to pay");
        }
    }

    /** The booking form, as typed: whoFor is MYSELF or SOMEONE_I_CARE_FOR, howMany ONE or SERIES. */
    public record Typed(String whoFor, String attendeeName, String paymentMethod, String howMany) {
    }

    /**
     * @param accepted    the ways the provider accepts for this session
     * @param carersBreak a carer's break is for the person cared for, never the carer
     * @throws InvalidInputException naming each field to fix
     */
    public static BookingChoice of(Typed typed, List<PaymentMethod> accepted, boolean carersBreak) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean someoneElse = "SOMEONE_I_CARE_FOR".equals(typed.whoFor());
        if (!someoneElse && !"MYSELF".equals(typed.whoFor())) {
            problems.add(new FieldProblem("whoFor", "Choose who the place is for"));
        } else if (carersBreak && !someoneElse) {
            problems.add(new FieldProblem("whoFor", "A carer's short break is for the person you care for:"
                    + " choose Someone I care for"));
        }
        String name = typed.attendeeName() == null ? "" : typed.attendeeName().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.add(new FieldProblem("attendeeName", someoneElse
                    ? "Enter the name of the person you care for, so the provider knows who to expect"
                    : "Enter your name, so the provider knows who to expect"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("attendeeName", "The name must be " + MAX_NAME + " characters or fewer"));
        }
        PaymentMethod method = null;
        try {
            method = PaymentMethod.valueOf(typed.paymentMethod() == null ? "" : typed.paymentMethod().strip());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (method == null || !accepted.contains(method)) {
            problems.add(new FieldProblem("paymentMethod", "Choose how the place will be paid for"));
        }
        boolean series = "SERIES".equals(typed.howMany());
        if (typed.howMany() != null && !series && !"ONE".equals(typed.howMany())) {
            problems.add(new FieldProblem("howMany", "Choose whether to book this session or every session"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new BookingChoice(someoneElse, name, method, series);
    }
}
