package care.circles.stripestandin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Transfer;
import com.stripe.model.issuing.Card;
import com.stripe.net.Webhook;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.issuing.CardCreateParams;
import com.stripe.param.issuing.CardUpdateParams;

/** The real Stripe client against the stand-in, as the marketplace calls it. */
class LocalStripeTest {

    private static final LocalStripe stripe = LocalStripe.start(0);
    private static final StripeClient client = StripeClient.builder().setApiKey("sk_test_stand_in")
            .setApiBase(stripe.baseUrl()).setConnectBase(stripe.baseUrl()).setMaxNetworkRetries(0).build();

    @AfterAll
    static void stop() {
        stripe.close();
    }

    private static Transfer transfer(String key) throws Exception {
        return client.v1().transfers().create(TransferCreateParams.builder().setAmount(4_500L).setCurrency("gbp")
                        .setDestination("acct_1PayeeDemo").putMetadata("circles_transfer_key", key).build(),
                RequestOptions.builder().setIdempotencyKey(key).build());
    }

    @Test
    void aTransferRetriedWithTheSameIdempotencyKeyIsTheSameTransfer() throws Exception {
        Transfer first = transfer("circles-transfer:request:1");
        Transfer again = transfer("circles-transfer:request:1");
        Transfer other = transfer("circles-transfer:request:2");

        assertEquals(first.getId(), again.getId());
        assertNotEquals(first.getId(), other.getId());
        assertEquals(4_500L, first.getAmount());
        assertEquals("acct_1PayeeDemo", first.getDestination());
        assertEquals(Map.of("circles_transfer_key", "circles-transfer:request:1"), first.getMetadata());
    }

    @Test
    void issuesACardAndFreezesIt() throws Exception {
        Card card = client.v1().issuing().cards().create(CardCreateParams.builder().setCardholder("ich_1")
                .setCurrency("gbp").setType(CardCreateParams.Type.VIRTUAL).build(),
                RequestOptions.builder().setIdempotencyKey("card:7").build());
        Card frozen = client.v1().issuing().cards().update(card.getId(),
                CardUpdateParams.builder().setStatus(CardUpdateParams.Status.INACTIVE).build());

        assertEquals("active", card.getStatus());
        assertEquals(4, card.getLast4().length());
        assertEquals("inactive", frozen.getStatus());
        assertEquals(card.getId(), frozen.getId());
    }

    @Test
    void knowsConnectedAccountsExceptUnknownOnes() throws Exception {
        assertEquals("acct_1Known", client.v1().accounts().retrieve("acct_1Known").getId());
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> client.v1().accounts().retrieve("acct_unknown1"));
        assertEquals(404, missing.getStatusCode());
    }

    @Test
    void signsAsStripeDoes() throws Exception {
        // Computed independently: printf '1700000000.{}' | openssl dgst -sha256 -hmac whsec_x
        assertEquals("t=1700000000,v1=be8cb8325f2202445260a855532f967e30ad2a9394ce28da66ee02880ddcb661",
                StripeSignature.header("{}", "whsec_x", 1_700_000_000L));
        String payload = StripeFixtures.event("evt_1", "transfer.created",
                StripeFixtures.transfer("tr_1", 100, "acct_1", Map.of()), 1_700_000_000L);
        long now = java.time.Instant.now().getEpochSecond();
        assertEquals(true, Webhook.Signature.verifyHeader(payload, StripeSignature.header(payload, "whsec_x", now),
                "whsec_x", 300));
    }
}
