package care.circles.finance.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import care.circles.account.control.CurrentAccount;
import care.circles.finance.control.FinanceAudit;
import care.circles.payment.control.CouncilPayments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Every direct payment account as a CSV file for council finance; web.xml lets only council staff in. */
@WebServlet("/council/finance.csv")
public class FinanceExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FinanceAudit finance;

    @Inject
    transient CouncilPayments payments;

    @Inject
    transient CurrentAccount current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv;
        try {
            csv = FinanceAudit.csv(finance.all(current.require()), payments.today()).getBytes(StandardCharsets.UTF_8);
        } catch (SecurityException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"direct-payment-accounts-" + payments.today()
                + ".csv\"");
        response.setContentType("text/csv; charset=UTF-8");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
