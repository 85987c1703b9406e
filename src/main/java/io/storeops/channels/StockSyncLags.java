package io.storeops.channels;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.storeops.catalog.SkuCode;
import io.storeops.channels.internal.StockSyncRepository.Acknowledged;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where each acknowledged stock push leaves its lag samples: the timer {@value #TIMER} per channel (p50/p99 and a
 * histogram under {@code /actuator/metrics}) for operations, and a {@link StockPushAcknowledged} event with every
 * sample, for whoever needs them exactly (a timer's percentiles are approximations; the sync-lag benchmark listens).
 */
@Component
class StockSyncLags {

    static final String TIMER = "storeops.channels.stock.sync.lag";

    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    StockSyncLags(MeterRegistry meters, ApplicationEventPublisher events) {
        this.meters = meters;
        this.events = events;
    }

    void record(String channel, List<Acknowledged> acknowledged) {
        if (acknowledged == null || acknowledged.isEmpty()) {
            return;
        }
        Timer timer = timers.computeIfAbsent(
                channel,
                c -> Timer.builder(TIMER)
                        .description("Stock change committed → marketplace acknowledged a value including it")
                        .tag("channel", c)
                        .publishPercentiles(0.5, 0.99)
                        .publishPercentileHistogram()
                        .register(meters));
        acknowledged.forEach(a -> timer.record(a.lag()));
        events.publishEvent(new StockPushAcknowledged(
                channel,
                acknowledged.stream()
                        .map(a -> new StockPushAcknowledged.Sku(new SkuCode(a.skuCode()), a.sequence(), a.lag()))
                        .toList()));
    }
}
