package care.circles.payment.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.payment.control.CouncilPayments;
import care.circles.payment.control.DirectPaymentAccounts;
import care.circles.payment.entity.HolderAccount;
import care.circles.payment.entity.StatementPeriod;
import care.circles.payments.directpayment.Statement;
import care.circles.payments.directpayment.StatementCsv;
import care.circles.platform.Council;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The holder's own statement as a CSV file (for a spreadsheet) or a PDF (to print or send),
 * for the dates in the link (?from=2026-09-01&to=2026-11-30). Always the signed-in holder's own
 * account: there is no account id to change. web.xml lets only DP holders in.
 */
@WebServlet({"/money/statement.csv", "/money/statement.pdf"})
public class StatementDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectPaymentAccounts accounts;

    @Inject
    transient CouncilPayments payments;

    @Inject
    transient CurrentAccount current;

    @Inject
    transient Council council;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> holder = current.get();
        if (holder.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<HolderAccount> account = accounts.ofHolder(holder.get());
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "You do not have a direct payment account yet");
            return;
        }
        StatementPeriod period = StatementPeriod.parse(request.getParameter("from"), request.getParameter("to"),
                payments.today());
        Statement statement = accounts.statement(holder.get(), period).orElseThrow();
        boolean pdf = request.getServletPath().endsWith(".pdf");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + period.fileName() + (pdf ? ".pdf" : ".csv")
                + "\"");
        if (pdf) {
            byte[] document = StatementPdf.of(statement, period, account.get().holder().displayName(), council.getName());
            response.setContentType("application/pdf");
            response.setContentLength(document.length);
            response.getOutputStream().write(document);
        } else {
            byte[] csv = StatementCsv.of(statement).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/csv; charset=UTF-8");
            response.setContentLength(csv.length);
            response.getOutputStream().write(csv);
        }
    }
}
