package io.storeops.channels;

import io.storeops.platform.WebhookSignature;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for a merchant's own shop receiving signed stock, shipment and refund pushes of the WEBSHOP webhook channel
 * (test profile).
 */
@RestController
class TestWebhookReceiver {

    static final String SECRET = "test-only-webhook-secret";
    static final Map<String, Integer> STOCK = new ConcurrentHashMap<>();
    static final Map<String, Long> SEQUENCES = new ConcurrentHashMap<>();
    /** How many times each stock version ({@code sku@sequence}) arrived, from every instance of the test run. */
    static final Map<String, Integer> DELIVERIES = new ConcurrentHashMap<>();
    /** Shipment and refund pushes by shipment or refund id, as received. */
    static final Map<String, JsonNode> ORDER_PUSHES = new ConcurrentHashMap<>();

    private final JsonMapper json = JsonMapper.builder().build();

    @PostMapping("/hooks/test-receiver/stock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void receive(
            @RequestHeader(WebhookSignature.TIMESTAMP_HEADER) String timestamp,
            @RequestHeader(WebhookSignature.SIGNATURE_HEADER) String signature,
            @RequestBody byte[] body) {
        if (WebhookSignature.problem(SECRET, timestamp, signature, body, Instant.now()) != null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        JsonNode received = json.readTree(body);
        if (received.has("type")) {
            String key = received.get("type").asString().equals("shipment")
                    ? received.get("shipmentId").asString()
                    : received.get("refundId").asString();
            ORDER_PUSHES.put(key, received);
            return;
        }
        for (JsonNode item : received.get("items")) {
            String sku = item.get("skuCode").asString();
            long sequence = item.get("sequence").asLong();
            DELIVERIES.merge(sku + "@" + sequence, 1, Integer::sum);
            if (sequence > SEQUENCES.getOrDefault(sku, -1L)) {
                SEQUENCES.put(sku, sequence);
                STOCK.put(sku, item.get("quantity").asInt());
            }
        }
    }
}
