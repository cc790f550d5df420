package care.circles.isf.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.isf.control.Statements;
import care.circles.isf.entity.StatementView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An issued statement as a PDF or CSV download (/isf/statement-file?id=...&amp;format=pdf|csv), for
 * whoever may see its ISF: 403 for anyone else, 404 for an unknown statement.
 */
@WebServlet("/isf/statement-file")
public class StatementDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Statements statements;

    @Inject
    transient CurrentAccount current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String format = request.getParameter("format");
        if (id == null || !id.matches("[0-9]{1,18}") || !("pdf".equals(format) || "csv".equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<StatementView> view;
        try {
            view = statements.view(current.get().orElse(null), Long.parseLong(id));
        } catch (SecurityException notTheirs) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = "isf-statement-" + view.get().statement().month() + "." + format;
        byte[] body = "pdf".equals(format) ? statements.pdf(view.get())
                : statements.csv(view.get()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("pdf".equals(format) ? "application/pdf" : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
