package io.storeops.channels.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.storeops.channels.ChannelAdapter;
import io.storeops.channels.ChannelException;
import io.storeops.channels.ChannelOrder;
import io.storeops.channels.ChannelReview;
import io.storeops.channels.RejectedOrder;
import io.storeops.channels.TrackingEvent;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter for marketplaces speaking the simulated open-platform API: requests signed with HMAC-SHA256 over
 * {@code method\npath\ntimestamp\nbody} and paced by the connection's own rate limit; stock set per SKU and items
 * (listings) per product with a sequence; shipments and refunds posted per order, idempotent by their ids; orders,
 * reviews and tracking events read from change feeds with a cursor.
 */
final class SimulatedMarketplaceAdapter implements ChannelAdapter {

    private final ConnectionProperties.Connection connection;
    private final Supplier<String> baseUrl;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final RateLimiter rateLimiter;

    SimulatedMarketplaceAdapter(
            ConnectionProperties.Connection connection,
            Supplier<String> baseUrl,
            JsonMapper json,
            Clock clock,
            RateLimiter rateLimiter) {
        this.connection = connection;
        this.baseUrl = baseUrl;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(connection.timeout()).build();
        this.rateLimiter = rateLimiter;
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
        Map<String, Integer> wanted = new HashMap<>();
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

    @Override
    public boolean pushesListings() {
        return true;
    }

    @Override
    public void pushListings(List<ListingPush> listings) {
        var items = listings.stream()
                .map(l -> {
                    var item = new LinkedHashMap<String, Object>();
                    item.put("itemCode", l.itemCode());
                    item.put("title", l.title());
                    item.put(
                            "price",
                            l.price() == null ? null : l.price().amount().toPlainString());
                    item.put("status", l.onSale() ? "ONSALE" : "OFFSHELF");
                    item.put("skuCodes", l.skuCodes());
                    item.put("sequence", l.sequence());
                    return item;
                })
                .toList();
        send("PUT", path("/items"), "", json.writeValueAsString(Map.of("items", items)));
    }

    @Override
    public boolean pullsOrders() {
        return true;
    }

    @Override
    public Page<ChannelOrder> pullOrders(String cursor, int limit) {
        JsonNode body = json.readTree(send("GET", path("/orders"), feedQuery(cursor, limit), ""));
        List<ChannelOrder> orders = new ArrayList<>();
        List<RejectedOrder> rejected = new ArrayList<>();
        for (JsonNode order : body.get("orders")) {
            try {
                orders.add(OrderJson.MARKETPLACE.read(channel(), order));
            } catch (OrderJson.Invalid e) {
                JsonNode id = order.get("orderId");
                rejected.add(new RejectedOrder(
                        channel(),
                        id == null || !id.isString() ? null : id.asString(),
                        e.field() + ": " + e.getMessage(),
                        order.toString()));
            }
        }
        return new Page<>(
                orders, body.get("nextCursor").asString(), body.get("hasMore").asBoolean(), rejected);
    }

    @Override
    public boolean pullsReviews() {
        return true;
    }

    @Override
    public Page<ChannelReview> pullReviews(String cursor, int limit) {
        JsonNode body = json.readTree(send("GET", path("/reviews"), feedQuery(cursor, limit), ""));
        List<ChannelReview> reviews = new ArrayList<>();
        for (JsonNode review : body.get("reviews")) {
            reviews.add(new ChannelReview(
                    channel(),
                    review.get("reviewId").asString(),
                    review.path("orderId").asString(null),
                    review.get("skuCode").asString(),
                    review.path("itemCode").asString(null),
                    review.get("rating").asInt(),
                    review.get("content").asString(),
                    review.hasNonNull("createdAt")
                            ? Instant.parse(review.get("createdAt").asString())
                            : null));
        }
        return new Page<>(
                reviews, body.get("nextCursor").asString(), body.get("hasMore").asBoolean());
    }

    @Override
    public boolean pushesShipments() {
        return true;
    }

    @Override
    public void pushShipment(ShipmentPush push) {
        var body = new LinkedHashMap<String, Object>();
        body.put("shipmentId", push.shipmentId());
        body.put("carrier", push.carrier());
        body.put("trackingNo", push.trackingNo());
        body.put(
                "lines",
                push.lines().stream()
                        .map(l -> Map.of("skuCode", l.skuCode(), "quantity", l.quantity()))
                        .toList());
        send(
                "POST",
                path("/orders/" + segment(push.orderExternalId()) + "/shipments"),
                "",
                json.writeValueAsString(body));
    }

    @Override
    public boolean pushesRefunds() {
        return true;
    }

    @Override
    public void pushRefund(RefundPush push) {
        var body = new LinkedHashMap<String, Object>();
        body.put("refundId", push.refundId());
        body.put("amount", push.amount().amount().toPlainString());
        body.put("reason", push.reason());
        send(
                "POST",
                path("/orders/" + segment(push.orderExternalId()) + "/refunds"),
                "",
                json.writeValueAsString(body));
    }

    @Override
    public boolean pullsTracking() {
        return true;
    }

    @Override
    public Page<TrackingEvent> pullTracking(String cursor, int limit) {
        JsonNode body = json.readTree(send("GET", path("/logistics/events"), feedQuery(cursor, limit), ""));
        List<TrackingEvent> events = new ArrayList<>();
        for (JsonNode event : body.get("events")) {
            events.add(new TrackingEvent(
                    channel(),
                    event.get("eventId").asString(),
                    event.get("trackingNo").asString(),
                    event.path("carrier").asString(null),
                    event.path("orderId").asString(null),
                    event.get("status").asString(),
                    event.path("location").asString(null),
                    event.path("description").asString(null),
                    event.hasNonNull("occurredAt")
                            ? Instant.parse(event.get("occurredAt").asString())
                            : null));
        }
        return new Page<>(
                events, body.get("nextCursor").asString(), body.get("hasMore").asBoolean());
    }

    /** An id as one segment of a URL path. */
    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String feedQuery(String cursor, int limit) {
        return "?cursor=" + URLEncoder.encode(cursor == null ? "0" : cursor, StandardCharsets.UTF_8) + "&limit="
                + limit;
    }

    private String path(String suffix) {
        return "/sim/" + connection.shop() + "/api/v1" + suffix;
    }

    private String send(String method, String path, String query, String body) {
        ChannelResilience.pace(rateLimiter, channel());
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
                    channel() + " answered " + status + " " + abbreviate(response.body()), retryAfter, status);
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
