package io.storeops.orders.web;

import io.storeops.orders.HistoricalOrder;
import io.storeops.orders.OrderHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders")
class OrderHistoryController {

    static final int MAX_HISTORY = 5000;

    private final OrderHistory history;

    OrderHistoryController(OrderHistory history) {
        this.history = history;
    }

    @PostMapping("/api/v1/orders/history")
    @PreAuthorize("hasAuthority('order:admin')")
    @Operation(
            summary =
                    "Import up to 5,000 finished past orders with their parcels, returns and refunds (one transaction)",
            description = "DELIVERED, COMPLETED, CANCELLED or REFUNDED orders with their real times, idempotent by"
                    + " channel + external id (known ones are skipped). History does not touch stock. Answers how many"
                    + " were imported and skipped; a bad order fails the batch with 400 naming orders[i].field")
    OrderHistory.Result importHistory(@Valid @RequestBody HistoryBody body) {
        return history.importHistory(body.orders());
    }

    record HistoryBody(
            @NotNull @Size(min = 1, max = MAX_HISTORY) List<HistoricalOrder> orders) {}
}
