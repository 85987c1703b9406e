package io.storeops.channels.web;

import io.storeops.channels.ChannelException;
import io.storeops.channels.Reconciliation;
import io.storeops.channels.StockReconciler;
import io.storeops.channels.StockSync;
import io.storeops.channels.SyncStatus;
import io.storeops.platform.MessageProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Channel sync")
class StockSyncController {

    private final StockSync sync;
    private final StockReconciler reconciler;

    StockSyncController(StockSync sync, StockReconciler reconciler) {
        this.sync = sync;
        this.reconciler = reconciler;
    }

    @ExceptionHandler(ChannelException.class)
    ResponseEntity<ProblemDetail> marketplaceFailed(ChannelException e) {
        return MessageProblems.answer(
                HttpStatus.BAD_GATEWAY, "marketplace-unavailable", "Marketplace call failed", e.reason());
    }

    @PostMapping("/api/v1/channels/{code}/reconciliation")
    @PreAuthorize("hasAuthority('channel:admin')")
    @Operation(summary = "Compare the marketplace's stock with ours now and queue every drifted SKU again")
    Reconciliation reconcile(@PathVariable String code) {
        return reconciler.reconcile(code);
    }

    @GetMapping("/api/v1/channels/sync-status")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "Per channel: connected, circuit breaker, pending and failing pushes, lag, last success")
    List<SyncStatus> status() {
        return sync.status();
    }
}
