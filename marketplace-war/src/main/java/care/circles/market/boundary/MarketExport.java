package care.circles.market.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import care.circles.account.control.CurrentAccount;
import care.circles.market.control.MarketFigures;
import care.circles.platform.Platform;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Every locality's market figures as a CSV file; web.xml lets only council staff in, and the control checks again. */
@WebServlet("/council/market.csv")
public class MarketExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MarketFigures figures;

    @Inject
    transient CurrentAccount current;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(Platform.UK));
        byte[] csv;
        try {
            csv = figures.forCouncilUser(current.require(), today, clock.instant()).csv().getBytes(StandardCharsets.UTF_8);
        } catch (SecurityException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"market-by-locality-" + today + ".csv\"");
        response.setContentType("text/csv; charset=UTF-8");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
