package care.circles.payment.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.payment.control.CouncilPayments;
import care.circles.payment.control.DirectPaymentAccounts;
import care.circles.payment.entity.StatementPeriod;
import care.circles.payments.directpayment.Statement;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.SpokenDate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The holder's statement (/money/statement.xhtml), filtered by dates typed into a GET form (a
 * filter changes nothing, so it is a link that can be bookmarked). Wrong dates show their
 * problems and the last three months.
 */
@Named
@RequestScoped
public class StatementPage {

    @Inject
    DirectPaymentAccounts accounts;

    @Inject
    CouncilPayments payments;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private StatementPeriod period;
    private Statement statement;

    public void load() {
        var typed = faces.getExternalContext().getRequestParameterMap();
        try {
            period = StatementPeriod.of(typed.get("fromDay"), typed.get("fromMonth"), typed.get("fromYear"),
                    typed.get("toDay"), typed.get("toMonth"), typed.get("toYear"), payments.today());
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            period = StatementPeriod.lastThreeMonths(payments.today());
        }
        statement = accounts.statement(current.require(), period).orElse(null);
    }

    public Statement getStatement() {
        return statement;
    }

    public StatementPeriod getPeriod() {
        return period;
    }

    /** What the filter boxes show: what was typed, or the dates shown when nothing (or nothing valid) was. */
    public String value(String field) {
        String typed = faces.getExternalContext().getRequestParameterMap().get(field);
        if (typed != null && (feedback.isPresent() || !typed.isBlank())) {
            return typed;
        }
        var date = field.startsWith("from") ? period.from() : period.to();
        return switch (field.substring(field.startsWith("from") ? 4 : 2)) {
            case "Day" -> Integer.toString(date.getDayOfMonth());
            case "Month" -> Integer.toString(date.getMonthValue());
            default -> Integer.toString(date.getYear());
        };
    }

    public String spoken(java.time.LocalDate date) {
        return SpokenDate.of(date);
    }

    public String spokenFrom() {
        return SpokenDate.of(period.from());
    }

    public String spokenTo() {
        return SpokenDate.of(period.to());
    }

    /** The download link for the same dates: ?from=2026-09-01&to=2026-11-30. */
    public String getDownloadQuery() {
        return "?from=" + period.from() + "&to=" + period.to();
    }
}
