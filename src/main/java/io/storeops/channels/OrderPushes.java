package io.storeops.channels;

import io.storeops.channels.ChannelAdapter.RefundPush;
import io.storeops.channels.ChannelAdapter.ShipmentPush;
import io.storeops.channels.internal.OrderPushRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports shipments and refunds of channel orders to their channels (F3.1, F4.x). The order module calls
 * {@link #enqueueShipment} or {@link #enqueueRefund} inside the transaction that ships or refunds: the push is written
 * to an outbox with it, so it is reported if and only if that transaction commits, and {@link StockSyncDispatcher}
 * delivers it with retries, back-off and the channel's circuit breaker. Shipment and refund ids are the idempotency
 * keys: queuing the same one twice reports it once, and the channel ignores a repeated report. The outcome comes as
 * {@link OrderPushed} or, when the channel refuses it for good (e.g. a refund above what was paid) or it failed 10
 * times, {@link OrderPushFailed}. A push for a channel that is not connected waits until it is.
 */
@Service
public class OrderPushes {

    private final OrderPushRepository outbox;
    private final JsonMapper json;

    OrderPushes(OrderPushRepository outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Queues a shipment for the channel in the caller's transaction; returns false when this shipment id was queued
     * for the channel before (nothing changes then).
     *
     * @throws IllegalArgumentException when the push lacks an order id, shipment id, carrier, tracking number or lines
     */
    @Transactional
    public boolean enqueueShipment(String channel, ShipmentPush push) {
        requireText(channel, "channel", 32);
        if (push == null) {
            throw new IllegalArgumentException("A shipment push is required");
        }
        requireText(push.orderExternalId(), "orderExternalId", 100);
        requireText(push.shipmentId(), "shipmentId", 64);
        requireText(push.carrier(), "carrier", 32);
        requireText(push.trackingNo(), "trackingNo", 64);
        if (push.lines().isEmpty()) {
            throw new IllegalArgumentException("A shipment needs at least one line");
        }
        for (var line : push.lines()) {
            if (line == null || line.skuCode() == null || line.skuCode().isBlank() || line.quantity() < 1) {
                throw new IllegalArgumentException("Every shipment line needs a SKU code and a quantity >= 1");
            }
        }
        return outbox.enqueue(channel, OrderPushKind.SHIPMENT, push.shipmentId(), json.writeValueAsString(push));
    }

    /**
     * Queues a refund for the channel in the caller's transaction; returns false when this refund id was queued for
     * the channel before (nothing changes then).
     *
     * @throws IllegalArgumentException when the push lacks an order id or refund id or its amount is not positive
     */
    @Transactional
    public boolean enqueueRefund(String channel, RefundPush push) {
        requireText(channel, "channel", 32);
        if (push == null) {
            throw new IllegalArgumentException("A refund push is required");
        }
        requireText(push.orderExternalId(), "orderExternalId", 100);
        requireText(push.refundId(), "refundId", 64);
        if (push.amount() == null || push.amount().amount().signum() <= 0) {
            throw new IllegalArgumentException("A refund needs an amount > 0");
        }
        if (push.reason() != null && push.reason().length() > 200) {
            throw new IllegalArgumentException("A refund reason has at most 200 characters");
        }
        return outbox.enqueue(channel, OrderPushKind.REFUND, push.refundId(), json.writeValueAsString(push));
    }

    /** How the delivery of a shipment or refund ({@code key} = its id) to the channel stands, if it was queued. */
    @Transactional(readOnly = true)
    public Optional<OrderPush> find(String channel, OrderPushKind kind, String key) {
        return outbox.find(channel, kind, key);
    }

    private static void requireText(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(field + " must be 1 to " + max + " characters");
        }
    }
}
