package io.storeops.orders;

import io.storeops.channels.ChannelOrder;
import io.storeops.channels.ChannelOrderCheck;
import io.storeops.channels.ChannelOrderReceived;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.Key;
import io.storeops.orders.internal.OrderRepository.Stored;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes orders in from every channel (F4.1, F3.4): pulled or webhook orders through the durable event registry, file
 * imports and the batch API directly. A batch is one transaction: orders already stored (by channel + external id)
 * are recognised — a repeat is a no-op, a cancellation cancels — new ones are stored, reviewed (F4.2), merged with
 * open orders of the same buyer and address, and the approved ones routed and reserved (F4.3). An order that arrives
 * already cancelled is stored as cancelled, so a late earlier delivery of it cannot bring it back. An order either
 * exists completely, reviewed and (if possible) reserved, or not at all. Every order of a batch is checked first
 * ({@link ChannelOrderCheck}: a known channel, no negative amount, times from 2000 to a day ahead): one bad order
 * answers 400 naming {@code orders[i].field} and nothing is stored. The same external id twice in one batch is taken
 * once: the first occurrence counts, the later ones answer DUPLICATE.
 */
@Service
public class OrderIngestion {

    /** How long after payment an order must ship unless the channel says otherwise. */
    static final Duration SHIP_WITHIN = Duration.ofHours(48);

    private final OrderRepository orders;
    private final NewOrders newOrders;
    private final Orders lifecycle;
    private final ChannelOrderCheck check;

    OrderIngestion(OrderRepository orders, NewOrders newOrders, Orders lifecycle, ChannelOrderCheck check) {
        this.orders = orders;
        this.newOrders = newOrders;
        this.lifecycle = lifecycle;
        this.check = check;
    }

    /** What became of one delivered order. */
    public enum Outcome {
        /** Stored now (its status says how review and routing went; CANCELLED when it came in cancelled). */
        CREATED,
        /** Stored before: nothing changed. */
        DUPLICATE,
        /** Stored before and now cancelled by the channel; reserved stock released. */
        CANCELLED
    }

    public record Result(String channel, String externalId, Outcome outcome, String orderNo, OrderStatus status) {}

    /** Orders pulled from marketplaces or sent by webhooks, after the channel stored them (durable, at least once). */
    @ApplicationModuleListener
    void on(ChannelOrderReceived received) {
        ingest(List.of(received.order()), "CHANNEL");
    }

    /** Ingests a batch in one transaction; answers per order in the given order. */
    @Transactional
    public List<Result> ingest(List<ChannelOrder> batch, String source) {
        validate(batch);
        Deliveries deliveries = Deliveries.of(batch);
        List<Key> keys = deliveries.keysInLockOrder();
        Map<Key, Result> results = new HashMap<>();
        Map<Key, Stored> existing = orders.lockExisting(keys);
        existing.forEach((key, stored) -> results.put(key, repeat(stored, deliveries.first(key))));
        List<ChannelOrder> fresh = keys.stream()
                .filter(k -> !existing.containsKey(k))
                .map(deliveries::first)
                .toList();
        if (!fresh.isEmpty()) {
            newOrders.createAll(fresh, source).forEach(r -> results.put(new Key(r.channel(), r.externalId()), r));
        }
        List<Key> storedMeanwhile =
                keys.stream().filter(k -> !results.containsKey(k)).toList();
        orders.lockExisting(storedMeanwhile)
                .forEach((key, stored) -> results.put(
                        key,
                        new Result(
                                key.channel(),
                                key.externalId(),
                                Outcome.DUPLICATE,
                                stored.orderNo(),
                                stored.status())));
        return deliveries.answer(results);
    }

    /** Checks every order of the batch first: one bad order answers 400 naming {@code orders[i].field}. */
    private void validate(List<ChannelOrder> batch) {
        Set<String> knownChannels = check.knownChannels();
        List<FieldErrorException.Error> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            errors.addAll(problems(batch.get(i), i, knownChannels));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
    }

    /**
     * A batch by channel + external id: the first delivery of an external id in the batch counts; a later one in the
     * same batch (by position) is a DUPLICATE.
     */
    private record Deliveries(List<ChannelOrder> batch, Map<Key, ChannelOrder> byKey, Set<Integer> repeated) {

        static Deliveries of(List<ChannelOrder> batch) {
            Map<Key, ChannelOrder> byKey = new LinkedHashMap<>();
            Set<Integer> repeated = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                ChannelOrder o = batch.get(i);
                if (byKey.putIfAbsent(new Key(o.channel(), o.externalId()), o) != null) {
                    repeated.add(i);
                }
            }
            return new Deliveries(batch, byKey, repeated);
        }

        ChannelOrder first(Key key) {
            return byKey.get(key);
        }

        /** The keys in the order every path locks orders in, so concurrent batches wait instead of deadlocking. */
        List<Key> keysInLockOrder() {
            List<Key> keys = new ArrayList<>(byKey.keySet());
            keys.sort(Comparator.comparing(Key::channel).thenComparing(Key::externalId));
            return keys;
        }

        /** The answer per delivered order, in the batch's order. */
        List<Result> answer(Map<Key, Result> results) {
            List<Result> answer = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                ChannelOrder o = batch.get(i);
                Result r = results.get(new Key(o.channel(), o.externalId()));
                if (r == null) {
                    answer.add(new Result(o.channel(), o.externalId(), Outcome.DUPLICATE, null, null));
                } else if (repeated.contains(i)) {
                    answer.add(new Result(r.channel(), r.externalId(), Outcome.DUPLICATE, r.orderNo(), r.status()));
                } else {
                    answer.add(r);
                }
            }
            return answer;
        }
    }

    private Result repeat(Stored stored, ChannelOrder incoming) {
        OrderStatus status = stored.status();
        if (incoming.status() == ChannelOrder.Status.CANCELLED && status.canMoveTo(OrderStatus.CANCELLED)) {
            lifecycle.cancelLocked(
                    stored, Message.of(TimelineMessage.TIMELINE_CANCELLED_ON_CHANNEL), "cancelled on the channel");
            return new Result(
                    stored.channel(), stored.externalId(), Outcome.CANCELLED, stored.orderNo(), OrderStatus.CANCELLED);
        }
        return new Result(stored.channel(), stored.externalId(), Outcome.DUPLICATE, stored.orderNo(), status);
    }

    /** The order's field errors: required fields, line limits and {@link ChannelOrderCheck} (channel, amounts, dates). */
    private List<FieldErrorException.Error> problems(ChannelOrder o, int index, Set<String> knownChannels) {
        String at = "orders[" + index + "].";
        List<FieldErrorException.Error> errors = new ArrayList<>();
        if (o.channel() == null || o.channel().isBlank()) {
            errors.add(new FieldErrorException.Error(at + "channel", Message.of(OrderMessage.REQUIRED)));
        }
        if (o.externalId() == null || o.externalId().isBlank()) {
            errors.add(new FieldErrorException.Error(at + "externalId", Message.of(OrderMessage.REQUIRED)));
        }
        if (o.lines().isEmpty()) {
            errors.add(new FieldErrorException.Error(at + "lines", Message.of(OrderMessage.AT_LEAST_ONE_LINE)));
        }
        for (int l = 0; l < o.lines().size(); l++) {
            var line = o.lines().get(l);
            if (line.skuCode() == null
                    || line.skuCode().isBlank()
                    || line.skuCode().length() > 64) {
                errors.add(new FieldErrorException.Error(
                        at + "lines[" + l + "].skuCode", Message.of(OrderMessage.CHARACTERS, "max", 64)));
            }
            if (line.quantity() <= 0 || line.quantity() > 9999) {
                errors.add(new FieldErrorException.Error(
                        at + "lines[" + l + "].quantity", Message.of(OrderMessage.QUANTITY_RANGE)));
            }
        }
        errors.addAll(check.problems(o, at, knownChannels));
        return errors;
    }
}
