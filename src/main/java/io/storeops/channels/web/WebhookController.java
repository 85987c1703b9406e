package io.storeops.channels.web;

import io.storeops.channels.InboundOrders;
import io.storeops.platform.WebhookSignature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where webhook channels deliver orders. Not a console or API-token endpoint: each call authenticates with the
 * channel's HMAC signature, so it lives outside {@code /api} and needs no session or CSRF token.
 */
@RestController
@Tag(name = "Webhook channels")
class WebhookController {

    private final InboundOrders orders;

    WebhookController(InboundOrders orders) {
        this.orders = orders;
    }

    @PostMapping(value = "/hooks/{channel}/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive an order signed with HMAC-SHA256(secret, timestamp + \".\" + body)")
    ResponseEntity<Map<String, String>> receive(
            @PathVariable String channel,
            @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestBody byte[] body) {
        InboundOrders.Outcome outcome = orders.receive(channel, timestamp, signature, body);
        return ResponseEntity.status(outcome == InboundOrders.Outcome.DUPLICATE ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(Map.of("status", outcome.name().toLowerCase(Locale.ROOT)));
    }

    @ExceptionHandler(InboundOrders.SignatureRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(InboundOrders.SignatureRejectedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Signature rejected");
        problem.setType(URI.create("https://storeops.io/problems/bad-signature"));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
