package io.storeops.channels.internal;

import io.storeops.channels.ChannelAdapter;
import io.storeops.channels.ChannelException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter for marketplaces speaking the simulated open-platform API: requests signed with HMAC-SHA256 over
 * {@code method\npath\ntimestamp\nbody}, stock set per SKU with a sequence.
 */
final class SimulatedMarketplaceAdapter implements ChannelAdapter {

    private final ConnectionProperties.Connection connection;
    private final Supplier<String> baseUrl;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;

    SimulatedMarketplaceAdapter(
            ConnectionProperties.Connection connection, Supplier<String> baseUrl, JsonMapper json, Clock clock) {
        this.connection = connection;
        this.baseUrl = baseUrl;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(connection.timeout()).build();
    }

    @Override
    public String channel() {
        return connection.channel();
    }

    @Override
    public List<StockPush> pushStock(List<StockPush> pushes) {
        var items = pushes.stream()
                .map(p -> Map.of("skuCode", p.skuCode(), "quantity", p.quantity(), "sequence", p.sequence()))
                .toList();
        JsonNode answer =
                json.readTree(send("PUT", path("/inventory"), "", json.writeValueAsString(Map.of("items", items))));
        Map<String, Integer> wanted = new java.util.HashMap<>();
        pushes.forEach(p -> wanted.put(p.skuCode(), p.quantity()));
        List<StockPush> superseded = new ArrayList<>();
        for (JsonNode item : answer.get("results")) {
            String sku = item.get("skuCode").asString();
            int theirs = item.get("quantity").asInt();
            if ("stale".equals(item.get("status").asString())
                    && !Integer.valueOf(theirs).equals(wanted.get(sku))) {
                superseded.add(new StockPush(sku, theirs, item.get("sequence").asLong()));
            }
        }
        return superseded;
    }

    @Override
    public List<StockPush> readStock(List<String> skuCodes) {
        String query = "?skuCodes=" + URLEncoder.encode(String.join(",", skuCodes), StandardCharsets.UTF_8);
        JsonNode body = json.readTree(send("GET", path("/inventory"), query, ""));
        List<StockPush> result = new ArrayList<>();
        for (JsonNode item : body.get("items")) {
            result.add(new StockPush(
                    item.get("skuCode").asString(),
                    item.get("quantity").asInt(),
                    item.get("sequence").asLong()));
        }
        return result;
    }

    private String path(String suffix) {
        return "/sim/" + connection.shop() + "/api/v1" + suffix;
    }

    private String send(String method, String path, String query, String body) {
        String timestamp = Long.toString(clock.millis());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path + query))
                .timeout(connection.timeout())
                .header("Content-Type", "application/json")
                .header("X-App-Key", connection.appKey())
                .header("X-Timestamp", timestamp)
                .header("X-Signature", sign(method + "\n" + path + "\n" + timestamp + "\n", bytes))
                .method(
                        method,
                        bytes.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response.body();
            }
            Duration retryAfter = response.headers()
                    .firstValue("Retry-After")
                    .map(v -> Duration.ofSeconds(Long.parseLong(v.trim())))
                    .orElse(null);
            throw new ChannelException(
                    channel() + " answered " + status + " " + abbreviate(response.body()), retryAfter);
        } catch (IOException e) {
            throw new ChannelException(
                    channel() + " unreachable: " + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(channel() + " call interrupted", null);
        }
    }

    private String sign(String head, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(connection.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(head.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
