package io.storeops.bench;

import io.storeops.ApiClient;
import io.storeops.marketplace.internal.Signatures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load and the judge of {@code bench/fault-run.sh}: with faults injected into every marketplace shop (30 % failed
 * pushes, 2 s latency spikes) it sends stock movements to the application for a while — riding out the power cut
 * (application and PostgreSQL killed at once) and restart that the script performs meanwhile — then clears the faults
 * and checks: each movement carries a reference of its own ({@code fault-run}/{@code FR-<run>-<n>}), and the ledger
 * holds exactly one row for every acknowledged movement (its batch answered 200), none for a refused one and at most
 * one for one whose answer never came; the ledger check is clean; every channel's marketplace stock comes to equal the
 * application's available-to-sell for every SKU within 180 s. Exits with 1 if a check fails.
 * Usage: {@code FaultRunDriver <appPort> <marketplacePort> <seconds> <secret> <postgres data dir>}; the driver writes
 * {@code load-started} next to the data directory when the load begins.
 */
public final class FaultRunDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String REFERENCE_TYPE = "fault-run";
    private static final int CONVERGENCE_LIMIT_SECONDS = 180;
    private static final Map<String, String> SHOPS =
            Map.of("TMALL", "tmall-demo", "JD", "jd-demo", "DOUYIN", "douyin-demo");

    private FaultRunDriver() {}

    public static void main(String[] args) throws Exception {
        int appPort = Integer.parseInt(args[0]);
        int marketPort = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String secret = args[3];
        Path dataDir = Path.of(args[4]);
        String run = "FR"
                + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        var admin = ApiClient.admin(appPort);
        String token = admin.post("/api/v1/api-tokens", Map.of("name", "fault-run", "role", "ADMIN"))
                .json()
                .get("token")
                .asString();
        List<String> skus = skus(ApiClient.withToken(appPort, token));
        System.out.printf(
                "Fault run: %d SKUs, channels %s, %d s of load with faults%n", skus.size(), SHOPS.keySet(), seconds);
        for (String shop : SHOPS.values()) {
            signed(
                    marketPort,
                    secret,
                    shop,
                    "PUT",
                    "/sim/" + shop + "/faults",
                    "",
                    "{\"failureRate\":0.3,\"latencyMs\":2000,\"latencyRate\":0.1,\"dropRate\":0.05,\"seed\":42}");
        }
        Files.writeString(dataDir.resolveSibling("load-started"), "now");
        var verdict = new Verdict("Fault run");
        Map<String, Outcome> sent = new HashMap<>();
        Map<String, Long> requests = new TreeMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        var api = ApiClient.withToken(appPort, token);
        while (System.nanoTime() < end) {
            List<Map<String, Object>> movements = new ArrayList<>();
            List<String> references = new ArrayList<>();
            for (int i = 0; i < 200; i++, n++) {
                String sku = skus.get((int) (n % skus.size()));
                String type = (n / skus.size()) % 2 == 0 ? "RESERVATION" : "RELEASE";
                String reference = run + "-" + n;
                references.add(reference);
                movements.add(Map.of(
                        "type",
                        type,
                        "skuCode",
                        sku,
                        "warehouse",
                        "SH-01",
                        "quantity",
                        1,
                        "reason",
                        "fault run",
                        "referenceType",
                        REFERENCE_TYPE,
                        "referenceId",
                        reference));
            }
            Outcome outcome;
            try {
                var response = api.post("/api/v1/stock/movements", Map.of("movements", movements));
                outcome = response.status() == 200 ? Outcome.ACKNOWLEDGED : Outcome.REFUSED;
                requests.merge("HTTP " + response.status(), 1L, Long::sum);
            } catch (RuntimeException down) {
                outcome = Outcome.UNANSWERED;
                requests.merge("no answer (app down)", 1L, Long::sum);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
            }
            for (String reference : references) {
                sent.put(reference, outcome);
            }
        }
        for (String shop : SHOPS.values()) {
            retry(() -> signed(marketPort, secret, shop, "DELETE", "/sim/" + shop + "/faults", "", ""));
        }
        System.out.printf("Load done: %,d movements sent; requests %s%n", sent.size(), requests);
        retry(() -> api.get("/api/v1/warehouses").status() == 200 ? "up" : null);
        long faultsStopped = System.nanoTime(); // and the application answers again

        checkLedger(dataDir, sent, verdict);
        JsonNode check = api.get("/api/v1/stock/ledger-check").json();
        verdict.check(
                "ledger check: on hand and reserved = the sums of the ledger",
                check.get("mismatches").isEmpty(),
                "%,d stock rows, %d mismatches"
                        .formatted(
                                check.get("stockRows").asLong(),
                                check.get("mismatches").size()));
        int off;
        double elapsed;
        do {
            off = drift(api, marketPort, secret, skus);
            elapsed = (System.nanoTime() - faultsStopped) / 1e9;
            if (off != 0 && elapsed <= CONVERGENCE_LIMIT_SECONDS) {
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        } while (off != 0 && elapsed <= CONVERGENCE_LIMIT_SECONDS);
        verdict.require(
                ("every channel holds the exact available-to-sell of every SKU within %d s after the faults stopped"
                                + " and the application answered again")
                        .formatted(CONVERGENCE_LIMIT_SECONDS),
                off == 0 && elapsed <= CONVERGENCE_LIMIT_SECONDS,
                off == 0
                        ? "converged after %.1f s (%d SKUs × %d channels)".formatted(elapsed, skus.size(), SHOPS.size())
                        : "%d SKU × channel values still differ after %.0f s".formatted(off, elapsed));
        verdict.exit();
    }

    /** What became of a movement's request. */
    private enum Outcome {
        ACKNOWLEDGED,
        REFUSED,
        UNANSWERED
    }

    /**
     * Counts the ledger rows per movement reference: an acknowledged movement exactly once, a refused one never, one
     * whose answer never came at most once.
     */
    private static void checkLedger(Path dataDir, Map<String, Outcome> sent, Verdict verdict) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
        Map<String, Integer> rows = new HashMap<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                var query = db.prepareStatement("""
                        select reference_id, count(*) from inventory.stock_ledger
                        where reference_type = ? group by reference_id""")) {
            query.setString(1, REFERENCE_TYPE);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        Map<Outcome, long[]> tally = new EnumMap<>(Outcome.class); // sent, in the ledger once, twice or more
        sent.forEach((reference, outcome) -> {
            long[] t = tally.computeIfAbsent(outcome, o -> new long[3]);
            int count = rows.getOrDefault(reference, 0);
            t[0]++;
            t[1] += count == 1 ? 1 : 0;
            t[2] += count > 1 ? 1 : 0;
        });
        long[] acked = tally.getOrDefault(Outcome.ACKNOWLEDGED, new long[3]);
        long[] refused = tally.getOrDefault(Outcome.REFUSED, new long[3]);
        long[] unanswered = tally.getOrDefault(Outcome.UNANSWERED, new long[3]);
        long unknown = rows.keySet().stream().filter(r -> !sent.containsKey(r)).count();
        verdict.check(
                "every acknowledged movement in the ledger exactly once",
                acked[1] == acked[0] && acked[2] == 0,
                "%,d acknowledged: %,d once, %,d missing, %,d more than once"
                        .formatted(acked[0], acked[1], acked[0] - acked[1] - acked[2], acked[2]));
        verdict.check(
                "no refused movement in the ledger",
                refused[1] + refused[2] == 0,
                "%,d refused, %,d in the ledger".formatted(refused[0], refused[1] + refused[2]));
        verdict.check(
                "an unanswered movement at most once in the ledger, no movement that was never sent",
                unanswered[2] == 0 && unknown == 0,
                "%,d unanswered: %,d applied once, %,d not applied, %,d more than once; %,d never sent"
                        .formatted(
                                unanswered[0],
                                unanswered[1],
                                unanswered[0] - unanswered[1] - unanswered[2],
                                unanswered[2],
                                unknown));
    }

    /** Calls until it answers something, for at most 5 minutes (the application may still be restarting). */
    private static void retry(Callable<?> call) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            try {
                if (call.call() != null) {
                    return;
                }
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no answer within 5 minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    /** How many SKU × channel values differ between the marketplaces and the application. */
    private static int drift(ApiClient api, int marketPort, String secret, List<String> skus) throws Exception {
        Map<String, Map<String, Integer>> ats = new HashMap<>();
        for (String sku : skus) {
            var response = api.get("/api/v1/stock/" + sku);
            if (response.status() != 200) {
                return Integer.MAX_VALUE;
            }
            Map<String, Integer> channels = new HashMap<>();
            response.json()
                    .get("availableToSell")
                    .get("channels")
                    .properties()
                    .forEach(e -> channels.put(e.getKey(), e.getValue().asInt()));
            ats.put(sku, channels);
        }
        int off = 0;
        for (var shop : SHOPS.entrySet()) {
            for (int from = 0; from < skus.size(); from += 100) {
                List<String> page = skus.subList(from, Math.min(from + 100, skus.size()));
                String query = "?skuCodes=" + URLEncoder.encode(String.join(",", page), StandardCharsets.UTF_8);
                JsonNode body = JSON.readTree(signed(
                        marketPort,
                        secret,
                        shop.getValue(),
                        "GET",
                        "/sim/" + shop.getValue() + "/api/v1/inventory",
                        query,
                        ""));
                Map<String, Integer> theirs = new HashMap<>();
                body.get("items")
                        .forEach(i -> theirs.put(
                                i.get("skuCode").asString(), i.get("quantity").asInt()));
                for (String sku : page) {
                    if (!ats.get(sku).get(shop.getKey()).equals(theirs.get(sku))) {
                        off++;
                    }
                }
            }
        }
        return off;
    }

    private static List<String> skus(ApiClient api) {
        List<String> codes = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("/api/v1/stock?warehouse=SH-01&size=500&page=" + page)
                    .json()
                    .get("items");
            if (items.isEmpty()) {
                return codes;
            }
            items.forEach(i -> codes.add(i.get("skuCode").asString()));
        }
    }

    private static String signed(
            int port, String secret, String shop, String method, String path, String query, String body)
            throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + query))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-App-Key", shop + "-app")
                .header("X-Timestamp", timestamp)
                .header("X-Signature", Signatures.sign(secret, method, path, timestamp, bytes))
                .method(
                        method,
                        bytes.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
