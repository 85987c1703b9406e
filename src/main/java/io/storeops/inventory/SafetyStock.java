package io.storeops.inventory;

import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.SkuCode;
import io.storeops.inventory.internal.SafetyStockRepository;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.platform.Notifications;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety stock and real-time low-stock alerts (F2.4). Alerts are reconciled in the same transaction as every stock
 * change: a SKU that falls below its threshold gets exactly one open alert, which closes when stock recovers; a flash
 * sale that keeps it below raises nothing more. Computed thresholds are refreshed from the ledger every night.
 */
@Service
public class SafetyStock {

    private final SafetyStockRepository settings;
    private final ProductCatalog catalog;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafetyStock(
            SafetyStockRepository settings,
            ProductCatalog catalog,
            AuditLog audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            Clock clock) {
        this.settings = settings;
        this.catalog = catalog;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SafetyStockSetting configure(String skuCode, SafetyStockPolicy policy) {
        if (catalog.existingSkuCodes(List.of(skuCode)).isEmpty()) {
            throw new NotFoundException(ResourceKind.SKU, skuCode);
        }
        if (!policy.complete()) {
            throw new FieldErrorException(
                    policy.mode() == SafetyStockPolicy.Mode.FIXED ? "fixedQuantity" : "leadTimeDays",
                    Message.of(InventoryMessage.SAFETY_STOCK_PARAMETERS_MISSING));
        }
        var before = settings.find(skuCode).orElse(null);
        int threshold = policy.threshold(demand(skuCode));
        settings.save(skuCode, policy, threshold, policy.mode() == SafetyStockPolicy.Mode.COMPUTED);
        var after = settings.find(skuCode).orElseThrow();
        audit.record(
                AuditAction.UPDATE,
                "safety-stock",
                skuCode,
                "Safety stock of " + skuCode + ": " + threshold,
                before,
                after);
        raise(settings.reconcileAlerts(Set.of(skuCode)));
        return after;
    }

    @Transactional(readOnly = true)
    public SafetyStockSetting get(String skuCode) {
        return settings.find(skuCode).orElseThrow(() -> new NotFoundException(ResourceKind.SAFETY_STOCK, skuCode));
    }

    @Transactional(readOnly = true)
    public PageResult<StockAlert> alerts(boolean openOnly, String skuCode, int page, int size) {
        return settings.alerts(openOnly, skuCode, page, size);
    }

    @Transactional
    public void acknowledge(long alertId) {
        if (!settings.acknowledge(alertId, AuditLog.currentActor())) {
            throw new NotFoundException(ResourceKind.UNACKNOWLEDGED_ALERT, alertId);
        }
    }

    /** Runs inside the transaction of every stock change. */
    @EventListener
    void on(StockChanged change) {
        raise(settings.reconcileAlerts(
                change.skuCodes().stream().map(SkuCode::value).toList()));
    }

    /** Recomputes demand-based thresholds from the ledger, nightly (Asia/Shanghai) and on start of the schedule. */
    @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
    @Transactional
    public int refreshComputedThresholds() {
        var computed = settings.findComputed();
        for (var setting : computed) {
            int threshold = setting.policy().threshold(demand(setting.skuCode()));
            settings.save(setting.skuCode(), setting.policy(), threshold, true);
        }
        if (!computed.isEmpty()) {
            raise(settings.reconcileAlerts(
                    computed.stream().map(SafetyStockSetting::skuCode).toList()));
        }
        return computed.size();
    }

    private List<Integer> demand(String skuCode) {
        return settings.dailyDemand(skuCode, SafetyStockPolicy.DEMAND_DAYS, clock.instant());
    }

    private void raise(List<StockAlert> opened) {
        for (StockAlert a : opened) {
            var raised = new StockAlertRaised(
                    a.id(), new SkuCode(a.skuCode()), a.threshold(), a.availableAtRaise(), a.raisedAt());
            events.publishEvent(raised);
            notifications.publish("stock.alert.raised", raised);
        }
    }
}
