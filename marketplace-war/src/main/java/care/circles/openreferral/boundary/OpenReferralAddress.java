package care.circles.openreferral.boundary;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Open Referral UK clients expect the API at /oruk/…; our JAX-RS application lives under /api,
 * so /oruk/services is served by /api/oruk/services, query and all.
 */
@WebFilter("/oruk/*")
public class OpenReferralAddress extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.getRequestDispatcher("/api" + path).forward(request, response);
    }
}
