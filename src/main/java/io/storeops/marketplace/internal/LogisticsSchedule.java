package io.storeops.marketplace.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Lets the carriers of every shop scan their parcels on their own: once a second, on one daemon thread of the
 * marketplace's own, started and stopped with the application context (like {@link OrderGeneratorSchedule}).
 */
@Component
@ConditionalOnMarketplaceEnabled
class LogisticsSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogisticsSchedule.class);

    private final List<SimulatedShop> shops;
    private ScheduledExecutorService executor;

    LogisticsSchedule(ShopRegistry registry) {
        this.shops = List.copyOf(registry.all());
    }

    @Override
    public synchronized void start() {
        if (executor != null || shops.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "marketplace-carriers");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    void tick() {
        for (var shop : shops) {
            try {
                shop.parcels().tick();
            } catch (RuntimeException e) {
                // Never let one failure end the schedule: a scheduled task that throws is not run again.
                log.warn("Carriers of shop {} failed", shop.credentials().shop(), e);
            }
        }
    }
}
