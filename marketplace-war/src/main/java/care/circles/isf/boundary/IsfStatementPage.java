package care.circles.isf.boundary;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.isf.control.Statements;
import care.circles.isf.entity.StatementView;
import care.circles.payments.Money;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import jakarta.enterprise.context.RequestScoped;
import care.circles.platform.PageAnswer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An issued monthly statement as a page (/isf/statement.xhtml?id=...), with links to its PDF and CSV. */
@Named
@RequestScoped
public class IsfStatementPage {

    @Inject
    Statements statements;

    @Inject
    CurrentAccount current;

    @Inject
    FacesContext faces;

    private String id;
    private StatementView view;

    public void load() throws IOException {
        try {
            if (id != null && id.strip().matches("[0-9]{1,18}")) {
                view = statements.view(current.require(), Long.parseLong(id.strip())).orElse(null);
            }
        } catch (SecurityException notTheirs) {
            PageAnswer.forbidden(faces, notTheirs.getMessage());
            return;
        }
        if (view == null) {
            PageAnswer.notFound(faces, "There is no such statement");
        }
    }

    public StatementView getView() {
        return view;
    }

    public String getMonth() {
        return view.statement().month().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }

    public String getIssuedOn() {
        return SpokenDate.of(view.statement().issuedAt().atZone(Platform.UK).toLocalDate());
    }

    public String date(java.time.LocalDate date) {
        return SpokenDate.of(date);
    }

    public Map<String, Money> getByOutcome() {
        return view.figures().byOutcome();
    }

    public java.util.List<Map.Entry<String, Money>> getOutcomeTotals() {
        return java.util.List.copyOf(view.figures().byOutcome().entrySet());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
