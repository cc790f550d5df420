package care.circles.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import care.circles.payments.Money;
import care.circles.payments.card.BlockedMerchantCategories;
import care.circles.payments.card.PreIssuedCard;
import care.circles.payments.card.PrepaidCards;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.DirectPayments;
import care.circles.payments.directpayment.OpenDirectPayment;
import care.circles.payments.ledger.Ledger;
import care.circles.stripestandin.StripeFixtures;
import care.circles.stripestandin.StripeSignature;

/**
 * The real-time card decision as Stripe asks for it: {@code issuing_authorization.request}
 * events, signed with the endpoint's secret, POSTed to the running application's webhook at a
 * steady rate (an open loop: each request leaves at its planned time whether or not earlier ones
 * were answered), each answered with {@code {"approved": …}}. Latency runs from the planned send
 * time to the answer, so a server that falls behind shows it (no coordinated omission).
 *
 * <p>The cards are made first, straight in the database through the payments library: {@link
 * #CARDS} accounts with a card each and plenty of money. The mix is mostly ordinary purchases,
 * with blocked shops (gambling, alcohol, cash) and amounts larger than the balance, so every
 * path of the decision is timed.
 */
final class CardAuthorizations {

    static final int CARDS = 50;
    private static final long FIRST_PERSON = 2_000_000_000L;
    private static final String[] ALLOWED = {"5411", "5812", "4121", "5912", "5999", "8050"};
    private static final String[] BLOCKED = {"7995", "5921", "6011"};

    /** What one measured run found. */
    record Outcome(Latencies latencies, int failed, int over2s, int approved, int declined, double seconds,
                   double achievedPerSecond, String firstFailure) {
    }

    private final Settings settings;
    private final String secret;

    CardAuthorizations(Settings settings, String webhookSecret) {
        this.settings = settings;
        this.secret = webhookSecret;
    }

    /** The cards' issuer ids; idempotent, so a second run on the same database finds the same cards. */
    List<String> prepareCards() throws SQLException {
        List<String> cards = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            connection.setAutoCommit(false);
            Clock clock = Clock.systemUTC();
            Ledger ledger = new Ledger(clock);
            DirectPayments directPayments = new DirectPayments(ledger, "Dorset Council", clock);
            for (int i = 1; i <= CARDS; i++) {
                String issuerCardId = "ic_bench" + i;
                PrepaidCards issuing = new PrepaidCards(ledger, directPayments,
                        new PreIssuedCard("ich_bench" + i, issuerCardId, String.format("%04d", i)),
                        BlockedMerchantCategories.defaults(), clock);
                DirectPaymentAccount account = directPayments.open(connection, OpenDirectPayment.everyFourWeeks(
                        FIRST_PERSON + i, "Benchmark card holder " + i, Money.ZERO, LocalDate.now(), null));
                directPayments.loadOneOff(connection, account.id(), Money.ofPence(1_000_000_00L), "Benchmark money",
                        "bench-card-load:" + i, null);
                if (issuing.findByIssuerId(connection, issuerCardId).isEmpty()) {
                    issuing.issue(connection, account.id(), "ich_bench" + i, false, "bench-card:" + i);
                }
                connection.commit();
                cards.add(issuerCardId);
            }
        }
        return cards;
    }

    /**
     * Sends {@code ratePerSecond × seconds} authorisation requests at a steady rate.
     *
     * @param run a name that makes this run's authorisation ids unique
     */
    Outcome measure(List<String> cards, int ratePerSecond, int seconds, String run) throws Exception {
        int total = ratePerSecond * seconds;
        List<HttpRequest> requests = requests(cards, total, run);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(workers).build();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long[] nanos = new long[total];
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger approved = new AtomicInteger();
        AtomicInteger declined = new AtomicInteger();
        StringBuilder firstFailure = new StringBuilder();
        List<CompletableFuture<Void>> answers = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            answers.add(new CompletableFuture<>());
        }
        long period = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime() + 200_000_000L;
        for (int i = 0; i < total; i++) {
            int index = i;
            long planned = start + index * period;
            ticker.schedule(() -> client.sendAsync(requests.get(index), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((answer, error) -> {
                        nanos[index] = System.nanoTime() - planned;
                        if (error != null || answer.statusCode() != 200) {
                            failed.incrementAndGet();
                            synchronized (firstFailure) {
                                if (firstFailure.length() == 0) {
                                    firstFailure.append(error != null ? error.toString()
                                            : answer.statusCode() + " " + answer.body());
                                }
                            }
                        } else if (answer.body().contains("\"approved\":true")) {
                            approved.incrementAndGet();
                        } else {
                            declined.incrementAndGet();
                        }
                        answers.get(index).complete(null);
                    }), planned - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        double took = (System.nanoTime() - start) / 1e9;
        ticker.shutdownNow();
        workers.shutdownNow();
        Latencies latencies = Latencies.of(nanos);
        int over2s = 0;
        for (long time : nanos) {
            if (time > 2_000_000_000L) {
                over2s++;
            }
        }
        return new Outcome(latencies, failed.get(), over2s, approved.get(), declined.get(), Latencies.round(took),
                Latencies.round(total / took), firstFailure.length() == 0 ? null : firstFailure.toString());
    }

    /**
     * The same requests one at a time, each sent when the last is answered: the time one decision
     * takes with nothing else queued, to read the open-loop figures against.
     */
    Latencies oneClient(List<String> cards, int count, String run) throws Exception {
        List<HttpRequest> requests = requests(cards, count, run);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ClosedLoad.Outcome outcome = ClosedLoad.run(1, count, i -> client.send(requests.get(i),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        return outcome.latencies();
    }

    /**
     * Signed webhook requests, built before any clock starts so the load generator's own work is
     * not timed: mostly ordinary purchases, some at blocked shops, some larger than the balance.
     */
    private List<HttpRequest> requests(List<String> cards, int count, String run) {
        URI webhook = settings.app().resolve("/api/v1/stripe/webhook");
        Random random = new Random(20250101L + run.hashCode());
        List<HttpRequest> requests = new ArrayList<>(count);
        long signedAt = Instant.now().getEpochSecond();
        for (int i = 0; i < count; i++) {
            String card = cards.get(random.nextInt(cards.size()));
            int kind = random.nextInt(10);
            String mcc = kind == 0 ? BLOCKED[random.nextInt(BLOCKED.length)] : ALLOWED[random.nextInt(ALLOWED.length)];
            long pence = kind == 1 ? 5_000_000_00L : 100 + random.nextInt(6_000);
            String id = run + "_" + i;
            String payload = StripeFixtures.event("evt_bench_" + id, "issuing_authorization.request",
                    StripeFixtures.authorizationRequest("iauth_bench_" + id, card, pence, mcc, "Benchmark shop " + mcc),
                    signedAt);
            requests.add(HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Stripe-Signature", StripeSignature.header(payload, secret, signedAt))
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build());
        }
        return requests;
    }

    /** The figures for results.json: the two keys of BENCH.md and the details behind them. */
    static Map<String, Object> figures(Outcome outcome, int ratePerSecond, int seconds, int warmup) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rate_per_second", ratePerSecond);
        details.put("seconds", seconds);
        details.put("requests", outcome.latencies().count());
        details.put("achieved_per_second", outcome.achievedPerSecond());
        details.put("failed", outcome.failed());
        details.put("over_2s", outcome.over2s());
        details.put("approved", outcome.approved());
        details.put("declined", outcome.declined());
        details.put("p50_ms", outcome.latencies().p50Ms());
        details.put("p95_ms", outcome.latencies().p95Ms());
        details.put("p99_ms", outcome.latencies().p99Ms());
        details.put("mean_ms", outcome.latencies().meanMs());
        details.put("max_ms", outcome.latencies().maxMs());
        details.put("cards", CARDS);
        details.put("warmup_requests", warmup);
        details.put("first_failure", outcome.firstFailure());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("card_auth_p50_ms", outcome.latencies().p50Ms());
        figures.put("card_auth_p99_ms", outcome.latencies().p99Ms());
        figures.put("card_auth", details);
        return figures;
    }
}
