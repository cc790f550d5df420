package care.circles.platform;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for limits on attempts. Behind a load balancer (a Payara
 * cluster) every request seems to come from the balancer, so with
 * {@code HTTP_TRUST_FORWARDED_FOR=true} the address the balancer appended to
 * {@code X-Forwarded-For} is used instead. Only turn it on behind a balancer that sets the
 * header: otherwise anyone can claim any address.
 */
@ApplicationScoped
public class NetworkAddress {

    @Inject
    @ConfigProperty(name = "http.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public String of(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                // The last entry is the one our own balancer added; earlier ones are the client's word.
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
