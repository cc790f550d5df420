package care.circles.payment.boundary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.stripe.Stripe;

import care.circles.payment.control.PaymentsNotSetUp;
import care.circles.payment.control.StripeWebhookReceiver;
import care.circles.payments.stripe.WebhookOutcome;
import care.circles.payments.stripe.WebhookRejectedException;
import care.circles.platform.FieldProblem;
import care.circles.platform.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Stripe's webhook endpoint. No session and no form token: Stripe's signature over the exact
 * body is the check, so the body is read as text and passed on untouched. A card authorisation
 * request is answered with the decision ({@code {"approved": true|false}}) within Stripe's two
 * seconds; every other event with 200 once stored. A bad signature is a 400 and nothing is stored.
 */
@Path("v1/stripe/webhook")
public class StripeWebhookResource {

    @Inject
    StripeWebhookReceiver receiver;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stripe's webhook events (signed by Stripe; not for other callers)")
    public Response receive(String payload, @HeaderParam("Stripe-Signature") String signature) {
        if (signature == null || signature.isBlank()) {
            return Problem.badRequest(List.of(new FieldProblem("Stripe-Signature",
                    "The Stripe-Signature header is missing: only Stripe can send events here")));
        }
        WebhookOutcome outcome;
        try {
            outcome = receiver.receive(payload, signature);
        } catch (WebhookRejectedException e) {
            return Problem.badRequest(List.of(new FieldProblem("Stripe-Signature", e.getMessage())));
        } catch (PaymentsNotSetUp e) {
            return Response.status(503).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", "Payments are not set up", 503, e.getMessage(), List.of()))
                    .build();
        }
        // Written by hand: two fixed shapes, and Json.createObjectBuilder() looks its provider up on every call.
        Response.ResponseBuilder response = Response.ok().type(MediaType.APPLICATION_JSON);
        if (outcome.authorizationDecision().isPresent()) {
            // Stripe reads the decision only with the API version it sent the event in.
            return response.header("Stripe-Version", Stripe.API_VERSION)
                    .entity("{\"approved\":" + outcome.authorizationDecision().get().approved() + "}").build();
        }
        return response.entity("{\"received\":true,\"status\":\"" + outcome.status().name() + "\"}").build();
    }
}
