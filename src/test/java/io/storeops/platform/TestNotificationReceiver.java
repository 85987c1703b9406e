package io.storeops.platform;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stands in for the merchant's notification webhook in the test profile; keeps what it received, signature checked. */
@RestController
public class TestNotificationReceiver {

    public static final List<JsonNode> RECEIVED = new CopyOnWriteArrayList<>();

    private final JsonMapper json = JsonMapper.builder().build();

    @PostMapping("/hooks/test-receiver/notifications")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void receive(
            @RequestHeader(WebhookSignature.TIMESTAMP_HEADER) String timestamp,
            @RequestHeader(WebhookSignature.SIGNATURE_HEADER) String signature,
            @RequestBody byte[] body) {
        if (WebhookSignature.problem("test-only-notify-secret", timestamp, signature, body, Instant.now()) != null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        RECEIVED.add(json.readTree(body));
    }
}
