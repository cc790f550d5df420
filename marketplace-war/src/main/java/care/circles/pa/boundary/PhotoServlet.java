package care.circles.pa.boundary;

import java.io.IOException;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaPhoto;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves PA photos at /photos/{profileId}: anyone may see the photo of a published profile;
 * only the PA may see their own while the profile is unpublished (for the preview).
 */
@WebServlet("/photos/*")
public class PhotoServlet extends HttpServlet {

    @Inject
    PaProfiles profiles;

    @Inject
    CurrentAccount current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        long profileId;
        try {
            profileId = Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<PaPhoto> photo = profiles.photoFor(profileId, current.get());
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] image = photo.get().image();
        response.setContentType(photo.get().contentType());
        response.setContentLength(image.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(image);
    }
}
