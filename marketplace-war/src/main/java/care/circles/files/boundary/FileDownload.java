package care.circles.files.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.files.control.FileStore;
import care.circles.files.entity.StoredFile;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a private file, as a download, to its owner or to council staff: 403 for anyone else,
 * 404 for an unknown file. web.xml already keeps out people who are not signed in.
 */
@WebServlet("/files/*")
public class FileDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FileStore files;

    @Inject
    transient CurrentAccount current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = idOf(request.getPathInfo());
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<StoredFile> found;
        try {
            found = files.readableBy(id.get(), current.get().orElse(null));
        } catch (SecurityException notTheirs) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file = found.get();
        response.setContentType(file.kind().contentType());
        response.setContentLengthLong(file.sizeBytes());
        // Always a download, never shown inside our pages: a file cannot run as part of the site.
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.originalName().ascii()
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.originalName().value(), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = files.open(file); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static Optional<Long> idOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
