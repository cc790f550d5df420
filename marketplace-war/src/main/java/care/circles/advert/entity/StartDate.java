package care.circles.advert.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import care.circles.platform.InvalidInputException;

/** The day support should start: typed as day, month and year; today or later, within a year. */
public record StartDate(LocalDate date) {

    /** The input id of the day box, which the error summary links to. */
    public static final String FIELD = "startDate";
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * @param today the council's today (Europe/London), from the injected clock
     * @throws InvalidInputException naming {@value #FIELD}
     */
    public static StartDate of(String day, String month, String year, LocalDate today) {
        if (isBlank(day) && isBlank(month) && isBlank(year)) {
            throw refused("Enter the date you would like support to start, like " + example(today));
        }
        if (isBlank(day) || isBlank(month) || isBlank(year)) {
            throw refused("The start date must include a day, a month and a year, like " + example(today));
        }
        LocalDate date;
        try {
            date = LocalDate.of(number(year), number(month), number(day));
        } catch (NumberFormatException | DateTimeException e) {
            throw refused("The start date must be a real date, like " + example(today));
        }
        return of(date, today);
    }

    /** @throws InvalidInputException when the date is in the past or more than a year ahead */
    public static StartDate of(LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            throw refused("The start date must be today or in the future");
        }
        if (date.isAfter(today.plusYears(1))) {
            throw refused("The start date must be within the next 12 months");
        }
        return new StartDate(date);
    }

    public boolean isBefore(LocalDate today) {
        return date.isBefore(today);
    }

    /** "3 June 2026". */
    public String spoken() {
        return SPOKEN.format(date);
    }

    private static String example(LocalDate today) {
        LocalDate next = today.plusMonths(1);
        return next.getDayOfMonth() + " " + next.getMonthValue() + " " + next.getYear();
    }

    private static int number(String typed) {
        return Integer.parseInt(typed.strip());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
