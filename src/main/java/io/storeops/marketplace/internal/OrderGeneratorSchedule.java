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
 * Lets the simulated buyers of shops with an {@code order-rate-per-minute} place orders on their own: once a second,
 * on one daemon thread of the marketplace's own, started and stopped with the application context.
 */
@Component
@ConditionalOnMarketplaceEnabled
class OrderGeneratorSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderGeneratorSchedule.class);

    private final List<SimulatedShop> shops;
    private ScheduledExecutorService executor;

    OrderGeneratorSchedule(ShopRegistry registry) {
        this.shops = registry.all().stream()
                .filter(shop -> shop.buyers().ratePerMinute() > 0)
                .toList();
    }

    @Override
    public synchronized void start() {
        if (executor != null || shops.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "marketplace-buyers");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        log.info(
                "Simulated buyers place orders in shops {}",
                shops.stream().map(s -> s.credentials().shop()).toList());
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

    private void tick() {
        for (var shop : shops) {
            try {
                shop.buyers().tick();
            } catch (RuntimeException e) {
                // Never let one failure end the schedule: a scheduled task that throws is not run again.
                log.warn(
                        "Simulated buyers of shop {} failed", shop.credentials().shop(), e);
            }
        }
    }
}
