package io.storeops.bench;

import io.storeops.ApiClient;
import io.storeops.marketplace.internal.Signatures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load and the judge of {@code bench/fault-run.sh}: with faults injected into every marketplace shop (30 % failed
 * pushes, 2 s latency spikes) it sends stock movements to the application for a while — riding out the application's
 * {@code kill -9} and restart that the script performs meanwhile — then clears the faults and measures how long
 * until every channel's marketplace stock equals the application's available-to-sell for every SKU.
 * Usage: {@code FaultRunDriver <appPort> <marketplacePort> <seconds> <secret>}.
 */
public final class FaultRunDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Map<String, String> SHOPS =
            Map.of("TMALL", "tmall-demo", "JD", "jd-demo", "DOUYIN", "douyin-demo");

    private FaultRunDriver() {}

    public static void main(String[] args) throws Exception {
        int appPort = Integer.parseInt(args[0]);
        int marketPort = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String secret = args[3];
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
        long applied = 0;
        long refusedOrDown = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        var api = ApiClient.withToken(appPort, token);
        while (System.nanoTime() < end) {
            List<Map<String, Object>> movements = new ArrayList<>();
            for (int i = 0; i < 200; i++, n++) {
                String sku = skus.get((int) (n % skus.size()));
                String type = (n / skus.size()) % 2 == 0 ? "RESERVATION" : "RELEASE";
                movements.add(Map.of(
                        "type", type, "skuCode", sku, "warehouse", "SH-01", "quantity", 1, "reason", "fault run"));
            }
            try {
                var response = api.post("/api/v1/stock/movements", Map.of("movements", movements));
                if (response.status() == 200) {
                    applied += movements.size();
                } else {
                    refusedOrDown++;
                }
            } catch (RuntimeException down) {
                refusedOrDown++;
                Thread.sleep(250);
            }
        }
        for (String shop : SHOPS.values()) {
            signed(marketPort, secret, shop, "DELETE", "/sim/" + shop + "/faults", "", "");
        }
        long faultsStopped = System.nanoTime();
        System.out.printf(
                "Load done: %,d movements applied, %,d requests refused or unanswered (app down)%n",
                applied, refusedOrDown);
        while (true) {
            int off = drift(api, marketPort, secret, skus);
            double elapsed = (System.nanoTime() - faultsStopped) / 1e9;
            if (off == 0) {
                System.out.printf(
                        "Converged: every channel holds the exact available-to-sell of all %d SKUs %.1f s after faults stopped%n",
                        skus.size(), elapsed);
                break;
            }
            if (elapsed > 180) {
                System.out.printf("NOT converged after %.0f s: %d SKU × channel values differ%n", elapsed, off);
                System.exit(1);
            }
            Thread.sleep(1000);
        }
        JsonNode check = api.get("/api/v1/stock/ledger-check").json();
        System.out.printf(
                "Ledger check: %d stock rows, %d mismatches%n",
                check.get("stockRows").asLong(), check.get("mismatches").size());
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
