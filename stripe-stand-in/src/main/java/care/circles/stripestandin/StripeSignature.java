package care.circles.stripestandin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs a webhook payload exactly as Stripe does, for the {@code Stripe-Signature} header. */
public final class StripeSignature {

    private StripeSignature() {
    }

    /** {@code t=<seconds>,v1=<hex HMAC-SHA256 of "<seconds>.<payload>" keyed with the endpoint secret>}. */
    public static String header(String payload, String endpointSecret, long epochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(endpointSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((epochSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("t=").append(epochSeconds).append(",v1=");
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
