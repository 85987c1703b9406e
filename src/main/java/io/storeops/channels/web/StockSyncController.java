package io.storeops.channels.web;

import io.storeops.channels.StockSync;
import io.storeops.channels.SyncStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Channel sync")
class StockSyncController {

    private final StockSync sync;

    StockSyncController(StockSync sync) {
        this.sync = sync;
    }

    @GetMapping("/api/v1/channels/sync-status")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Per channel: connected, circuit breaker, pending and failing pushes, lag, last success")
    List<SyncStatus> status() {
        return sync.status();
    }
}
