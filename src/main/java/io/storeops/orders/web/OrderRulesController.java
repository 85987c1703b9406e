package io.storeops.orders.web;

import io.storeops.orders.BlacklistEntry;
import io.storeops.orders.OrderMessage;
import io.storeops.orders.OrderRules;
import io.storeops.orders.ReviewSettings;
import io.storeops.orders.RoutingRule;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Order rules")
class OrderRulesController {

    private final OrderRules rules;

    OrderRulesController(OrderRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/orders/review-settings")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "The automatic review rules")
    ReviewSettings reviewSettings() {
        return rules.reviewSettings();
    }

    @PutMapping("/api/v1/orders/review-settings")
    @PreAuthorize("hasAuthority('order:admin')")
    @Operation(summary = "Change the automatic review rules (audited)")
    ReviewSettings updateReviewSettings(@Valid @RequestBody @NotNull ReviewSettings settings) {
        return rules.updateReviewSettings(settings);
    }

    @GetMapping("/api/v1/orders/blacklist")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "Blacklisted buyers, phones and addresses")
    List<BlacklistEntry> blacklist() {
        return rules.blacklist();
    }

    @PostMapping("/api/v1/orders/blacklist")
    @PreAuthorize("hasAuthority('order:admin')")
    @Operation(summary = "Blacklist a buyer nick, phone or address; their orders are held")
    ResponseEntity<BlacklistEntry> blacklist(@Valid @RequestBody NewEntry body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(rules.addToBlacklist(body.kind(), body.value(), body.reason()));
    }

    @DeleteMapping("/api/v1/orders/blacklist/{id}")
    @PreAuthorize("hasAuthority('order:admin')")
    @Operation(summary = "Remove a blacklist entry")
    ResponseEntity<Void> unblacklist(@PathVariable long id) {
        rules.removeFromBlacklist(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/orders/routing-rules")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "The province → warehouse routing table")
    List<RoutingRule> routingRules() {
        return rules.routingRules();
    }

    @PutMapping("/api/v1/orders/routing-rules")
    @PreAuthorize("hasAuthority('order:admin')")
    @Operation(
            summary = "Replace the routing table (audited); emptying it needs ?confirmEmpty=true",
            description = "An empty list without confirmEmpty=true answers 400 naming the body, so that one stray"
                    + " call cannot wipe the table")
    List<RoutingRule> replaceRoutingRules(
            @Valid @RequestBody @NotNull @Size(max = 2000) List<@Valid @NotNull RuleBody> body,
            @RequestParam(defaultValue = "false") boolean confirmEmpty) {
        if (body.isEmpty() && !confirmEmpty) {
            throw new FieldErrorException("body", Message.of(OrderMessage.ROUTING_TABLE_EMPTY));
        }
        return rules.replaceRoutingRules(body.stream()
                .map(r -> new RoutingRule(r.province(), r.warehouse(), r.priority(), r.cost()))
                .toList());
    }

    record NewEntry(
            @NotNull BlacklistEntry.Kind kind,
            @NotBlank @Size(max = 300) String value,
            @Size(max = 300) String reason) {}

    record RuleBody(
            @NotBlank @Size(max = 50) String province,
            @NotBlank @Size(max = 32) String warehouse,
            @NotNull Integer priority,
            @NotNull java.math.BigDecimal cost) {}
}
