package io.storeops.channels;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the stock-acknowledgement, order-push and tracking events of the channels module, whichever thread publishes them (test only). */
@Component
class RecordedChannelEvents {

    static final List<OrderPushed> PUSHED = new CopyOnWriteArrayList<>();
    static final List<OrderPushFailed> FAILED = new CopyOnWriteArrayList<>();
    static final List<TrackingEventReceived> TRACKING = new CopyOnWriteArrayList<>();
    static final List<StockPushAcknowledged> STOCK_ACKNOWLEDGED = new CopyOnWriteArrayList<>();

    @EventListener
    void on(OrderPushed event) {
        PUSHED.add(event);
    }

    @EventListener
    void on(OrderPushFailed event) {
        FAILED.add(event);
    }

    @EventListener
    void on(StockPushAcknowledged event) {
        STOCK_ACKNOWLEDGED.add(event);
    }

    @EventListener
    void on(TrackingEventReceived event) {
        TRACKING.add(event);
    }
}
