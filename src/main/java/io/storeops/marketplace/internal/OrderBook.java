package io.storeops.marketplace.internal;

import io.storeops.marketplace.MarketplaceItem;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceRefund;
import io.storeops.marketplace.MarketplaceShipment;
import io.storeops.marketplace.OrderRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The orders of one simulated shop, in memory, with their shipments and refunds. Placing an order takes its stock off
 * the shop's {@link StockBook} all or nothing; cancelling gives it back. Every creation, cancellation, shipment and
 * refund moves the order to a new, strictly increasing {@code changeSeq}, which is what the order feed pages by.
 * Changes are serialized per shop so that a sequence number is visible in the feed before any higher one (a client's
 * cursor never skips an order); reads by id never block.
 */
public final class OrderBook {

    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = 999;
    public static final BigDecimal DEFAULT_UNIT_PRICE = new BigDecimal("99.00");

    /** Order ids carry the date of the shop's home time zone, as Chinese marketplaces do. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZONE);

    private final String idPrefix;
    private final Clock clock;
    private final StockBook stock;
    private final ItemBook items;
    private final AtomicLong changeSeq = new AtomicLong();
    private final AtomicLong counter = new AtomicLong();
    private final ConcurrentMap<String, MarketplaceOrder> byId = new ConcurrentHashMap<>();
    private final NavigableMap<Long, MarketplaceOrder> feed = new TreeMap<>();
    private final Map<String, MarketplaceShipment> shipments = new LinkedHashMap<>();
    private final Map<String, String> shipmentByTrackingNo = new HashMap<>();
    private final Map<String, Map<String, Integer>> shippedByOrder = new HashMap<>();
    private final Map<String, MarketplaceRefund> refunds = new LinkedHashMap<>();

    OrderBook(String idPrefix, Clock clock, StockBook stock, ItemBook items) {
        this.idPrefix = idPrefix;
        this.clock = clock;
        this.stock = stock;
        this.items = items;
    }

    /**
     * Places a paid order: checks it, prices its lines and takes their stock.
     *
     * @param request a request whose buyer and address are set
     * @param createdAt when the buyer submitted the order; {@code null} = now
     * @throws MarketplaceException 400 naming the bad field, 409 {@code insufficient-stock} when a SKU lacks stock
     */
    public synchronized MarketplaceOrder place(OrderRequest request, Instant createdAt) {
        var checked = check(request);
        var wanted = new LinkedHashMap<String, Long>();
        for (var line : checked.lines()) {
            wanted.merge(line.skuCode(), (long) line.quantity(), Long::sum);
        }
        var missing = stock.take(wanted);
        if (!missing.isEmpty()) {
            throw MarketplaceException.of(
                    409, "insufficient-stock", "Not enough stock for " + String.join(", ", missing));
        }
        Instant now = clock.instant();
        Instant created = createdAt == null || createdAt.isAfter(now) ? now : createdAt;
        String orderId = idPrefix + DAY.format(created) + "%06d".formatted(counter.incrementAndGet());
        var lines = new ArrayList<MarketplaceOrder.Line>(checked.lines().size());
        BigDecimal total = checked.shippingFee();
        for (int i = 0; i < checked.lines().size(); i++) {
            var line = checked.lines().get(i);
            lines.add(new MarketplaceOrder.Line(
                    orderId + "-" + (i + 1),
                    line.skuCode(),
                    line.itemCode(),
                    line.title(),
                    line.quantity(),
                    line.unitPrice(),
                    line.discount(),
                    line.amount()));
            total = total.add(line.amount());
        }
        long seq = changeSeq.incrementAndGet();
        var order = new MarketplaceOrder(
                orderId,
                MarketplaceOrder.Status.PAID,
                created,
                now,
                now,
                checked.buyer(),
                checked.address(),
                lines,
                checked.shippingFee(),
                Amounts.of(total),
                checked.paymentMethod(),
                checked.buyerMessage(),
                seq);
        byId.put(orderId, order);
        feed.put(seq, order);
        return order;
    }

    /**
     * Cancels a paid order and gives its stock back.
     *
     * @throws MarketplaceException 404 {@code unknown-order}, 409 {@code already-cancelled}
     */
    public synchronized MarketplaceOrder cancel(String orderId) {
        var current = byId.get(orderId);
        if (current == null) {
            throw MarketplaceException.of(404, "unknown-order", "No order " + orderId);
        }
        if (current.status() == MarketplaceOrder.Status.CANCELLED) {
            throw MarketplaceException.of(409, "already-cancelled", "Order " + orderId + " is already cancelled");
        }
        if (current.status() != MarketplaceOrder.Status.PAID) {
            throw MarketplaceException.of(409, "already-shipped", "Order " + orderId + " has been shipped");
        }
        stock.giveBack(quantities(current));
        var cancelled = current.cancelled(clock.instant(), changeSeq.incrementAndGet());
        feed.remove(current.changeSeq());
        feed.put(cancelled.changeSeq(), cancelled);
        byId.put(orderId, cancelled);
        return cancelled;
    }

    /**
     * Records a shipment of an order; the same {@code shipmentId} again answers the shipment stored the first time.
     * The order becomes {@code PARTIALLY_SHIPPED}, or {@code SHIPPED} once every line is shipped.
     *
     * @param lines what the parcel holds; {@code null} or empty = everything not shipped yet
     * @throws MarketplaceException 400 naming the bad field, 404 {@code unknown-order}, 409 {@code order-cancelled},
     *     {@code exceeds-unshipped} (more than the order has left to ship), {@code shipment-id-taken} (the id names a
     *     shipment of another order) or {@code tracking-no-taken} (another shipment has that tracking number)
     */
    public synchronized Shipped ship(
            String orderId,
            String shipmentId,
            String carrier,
            String trackingNo,
            List<MarketplaceShipment.Line> lines) {
        requireId(shipmentId, "shipmentId");
        if (carrier == null || !Carrier.isKnown(carrier)) {
            throw MarketplaceException.badRequest("carrier must be one of " + Carrier.codes());
        }
        if (trackingNo == null || !trackingNo.matches("[A-Za-z0-9-]{6,40}")) {
            throw MarketplaceException.badRequest("trackingNo must be 6 to 40 letters, digits or -");
        }
        var earlier = shipments.get(shipmentId);
        if (earlier != null) {
            if (!earlier.orderId().equals(orderId)) {
                throw MarketplaceException.of(
                        409, "shipment-id-taken", "Shipment " + shipmentId + " belongs to order " + earlier.orderId());
            }
            return new Shipped(earlier, byId.get(orderId), false);
        }
        var current = requireOrder(orderId);
        if (current.status() == MarketplaceOrder.Status.CANCELLED) {
            throw MarketplaceException.of(409, "order-cancelled", "Order " + orderId + " is cancelled");
        }
        if (shipmentByTrackingNo.containsKey(trackingNo)) {
            throw MarketplaceException.of(
                    409,
                    "tracking-no-taken",
                    "Tracking number " + trackingNo + " belongs to shipment " + shipmentByTrackingNo.get(trackingNo));
        }
        var ordered = quantities(current);
        var shipped = shippedByOrder.getOrDefault(orderId, Map.of());
        var parcel = new LinkedHashMap<String, Integer>();
        if (lines == null || lines.isEmpty()) {
            ordered.forEach((sku, quantity) -> {
                int left = (int) (quantity - shipped.getOrDefault(sku, 0));
                if (left > 0) {
                    parcel.put(sku, left);
                }
            });
            if (parcel.isEmpty()) {
                throw MarketplaceException.of(409, "exceeds-unshipped", "Order " + orderId + " is shipped entirely");
            }
        } else {
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                if (line == null || line.skuCode() == null || line.skuCode().isBlank()) {
                    throw MarketplaceException.badRequest("lines[" + i + "].skuCode is required");
                }
                if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                    throw MarketplaceException.badRequest(
                            "lines[" + i + "].quantity must be between 1 and " + MAX_QUANTITY);
                }
                parcel.merge(line.skuCode(), line.quantity(), Integer::sum);
            }
            for (var entry : parcel.entrySet()) {
                long left = ordered.getOrDefault(entry.getKey(), 0L) - shipped.getOrDefault(entry.getKey(), 0);
                if (entry.getValue() > left) {
                    throw MarketplaceException.of(
                            409,
                            "exceeds-unshipped",
                            "Order " + orderId + " has " + Math.max(0, left) + " of " + entry.getKey()
                                    + " left to ship, not " + entry.getValue());
                }
            }
        }
        var nowShipped = new HashMap<>(shipped);
        parcel.forEach((sku, quantity) -> nowShipped.merge(sku, quantity, Integer::sum));
        boolean complete =
                ordered.entrySet().stream().allMatch(e -> nowShipped.getOrDefault(e.getKey(), 0) >= e.getValue());
        Instant now = clock.instant();
        var shipment = new MarketplaceShipment(
                shipmentId,
                orderId,
                carrier,
                trackingNo,
                parcel.entrySet().stream()
                        .map(e -> new MarketplaceShipment.Line(e.getKey(), e.getValue()))
                        .toList(),
                now);
        var updated = current.shipped(
                complete ? MarketplaceOrder.Status.SHIPPED : MarketplaceOrder.Status.PARTIALLY_SHIPPED,
                now,
                changeSeq.incrementAndGet());
        replace(current, updated);
        shipments.put(shipmentId, shipment);
        shipmentByTrackingNo.put(trackingNo, shipmentId);
        shippedByOrder.put(orderId, Map.copyOf(nowShipped));
        return new Shipped(shipment, updated, true);
    }

    /**
     * Refunds part or all of what the buyer paid; the same {@code refundId} again answers the refund stored the first
     * time.
     *
     * @throws MarketplaceException 400 naming the bad field, 404 {@code unknown-order}, 409 {@code order-cancelled},
     *     {@code refund-exceeds-paid} (more than the total less earlier refunds) or {@code refund-id-taken} (the id
     *     names a refund of another order)
     */
    public synchronized Refunded refund(String orderId, String refundId, BigDecimal amount, String reason) {
        requireId(refundId, "refundId");
        BigDecimal checked = Amounts.require(amount, "amount");
        if (checked.signum() <= 0) {
            throw MarketplaceException.badRequest("amount must be > 0");
        }
        String why = text(reason, "reason", 200);
        var earlier = refunds.get(refundId);
        if (earlier != null) {
            if (!earlier.orderId().equals(orderId)) {
                throw MarketplaceException.of(
                        409, "refund-id-taken", "Refund " + refundId + " belongs to order " + earlier.orderId());
            }
            return new Refunded(earlier, byId.get(orderId), false);
        }
        var current = requireOrder(orderId);
        if (current.status() == MarketplaceOrder.Status.CANCELLED) {
            throw MarketplaceException.of(409, "order-cancelled", "Order " + orderId + " is cancelled");
        }
        BigDecimal refundable = current.totalAmount().subtract(current.refundedAmount());
        if (checked.compareTo(refundable) > 0) {
            throw MarketplaceException.of(
                    409,
                    "refund-exceeds-paid",
                    "Order " + orderId + " has " + Amounts.format(refundable) + " left to refund, not "
                            + Amounts.format(checked));
        }
        var refund = new MarketplaceRefund(refundId, orderId, checked, why, clock.instant());
        var updated = current.refunded(
                new MarketplaceOrder.Refund(refundId, checked, refund.refundedAt()), changeSeq.incrementAndGet());
        replace(current, updated);
        refunds.put(refundId, refund);
        return new Refunded(refund, updated, true);
    }

    /** All shipments in the order they were made. */
    public synchronized List<MarketplaceShipment> shipments() {
        return List.copyOf(shipments.values());
    }

    /** All refunds in the order they were made. */
    public synchronized List<MarketplaceRefund> refunds() {
        return List.copyOf(refunds.values());
    }

    private MarketplaceOrder requireOrder(String orderId) {
        var current = orderId == null ? null : byId.get(orderId);
        if (current == null) {
            throw MarketplaceException.of(404, "unknown-order", "No order " + orderId);
        }
        return current;
    }

    private void replace(MarketplaceOrder current, MarketplaceOrder updated) {
        feed.remove(current.changeSeq());
        feed.put(updated.changeSeq(), updated);
        byId.put(updated.orderId(), updated);
    }

    private static void requireId(String id, String field) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw MarketplaceException.badRequest(field + " must be 1 to 64 characters");
        }
    }

    /** A shipment and the order after it; {@code created} is false when the shipment had been made before. */
    public record Shipped(MarketplaceShipment shipment, MarketplaceOrder order, boolean created) {}

    /** A refund and the order after it; {@code created} is false when the refund had been made before. */
    public record Refunded(MarketplaceRefund refund, MarketplaceOrder order, boolean created) {}

    public Optional<MarketplaceOrder> find(String orderId) {
        return Optional.ofNullable(byId.get(orderId));
    }

    /** The orders changed after {@code cursor}, at most {@code limit} of them, in change order. */
    public synchronized FeedPage<MarketplaceOrder> page(long cursor, int limit) {
        return FeedPage.of(feed, cursor, limit, MarketplaceOrder::changeSeq);
    }

    /** All orders in change order. */
    public synchronized List<MarketplaceOrder> all() {
        return List.copyOf(feed.values());
    }

    /** The price a line of {@code skuCode} gets when the buyer names none: the ONSALE item's, else 99.00. */
    public BigDecimal listedPrice(String skuCode) {
        return items.findBySku(skuCode)
                .filter(item -> item.status() == MarketplaceItem.Status.ONSALE)
                .map(MarketplaceItem::price)
                .map(Amounts::of)
                .orElse(DEFAULT_UNIT_PRICE);
    }

    private CheckedOrder check(OrderRequest request) {
        if (request == null
                || request.lines() == null
                || request.lines().isEmpty()
                || request.lines().size() > MAX_LINES) {
            throw MarketplaceException.badRequest("lines must hold 1 to " + MAX_LINES + " entries");
        }
        var lines = new ArrayList<CheckedLine>(request.lines().size());
        for (int i = 0; i < request.lines().size(); i++) {
            var line = request.lines().get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                throw MarketplaceException.badRequest(at + " is required");
            }
            String sku = line.skuCode();
            if (sku == null || sku.isBlank() || sku.length() > 64) {
                throw MarketplaceException.badRequest(at + ".skuCode must be 1 to 64 characters");
            }
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                throw MarketplaceException.badRequest(at + ".quantity must be between 1 and " + MAX_QUANTITY);
            }
            var item = items.findBySku(sku);
            BigDecimal unitPrice = item.filter(it -> it.status() == MarketplaceItem.Status.ONSALE)
                    .map(it -> Amounts.of(it.price()))
                    .orElseGet(() -> line.unitPrice() == null
                            ? DEFAULT_UNIT_PRICE
                            : Amounts.require(line.unitPrice(), at + ".unitPrice"));
            BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(line.quantity()));
            BigDecimal discount =
                    line.discount() == null ? Amounts.ZERO : Amounts.require(line.discount(), at + ".discount");
            if (discount.compareTo(gross) > 0) {
                throw MarketplaceException.badRequest(at + ".discount must not exceed unitPrice × quantity");
            }
            int cut = sku.lastIndexOf('-');
            lines.add(new CheckedLine(
                    sku,
                    item.map(MarketplaceItem::itemCode).orElse(cut > 0 ? sku.substring(0, cut) : sku),
                    item.map(MarketplaceItem::title).orElse(sku),
                    line.quantity(),
                    unitPrice,
                    discount,
                    Amounts.of(gross.subtract(discount))));
        }
        var buyer = request.buyer();
        if (buyer == null) {
            throw MarketplaceException.badRequest("buyer is required");
        }
        buyer = new MarketplaceOrder.Buyer(
                text(buyer.nick(), "buyer.nick", 64),
                text(buyer.name(), "buyer.name", 64),
                text(buyer.phone(), "buyer.phone", 32));
        var address = request.address();
        if (address == null) {
            throw MarketplaceException.badRequest("address is required");
        }
        address = new MarketplaceOrder.Address(
                text(address.province(), "address.province", 64),
                text(address.city(), "address.city", 64),
                text(address.district(), "address.district", 64),
                text(address.detail(), "address.detail", 200));
        return new CheckedOrder(
                lines,
                buyer,
                address,
                text(request.buyerMessage(), "buyerMessage", 500),
                request.shippingFee() == null ? Amounts.ZERO : Amounts.require(request.shippingFee(), "shippingFee"),
                request.paymentMethod() == null ? MarketplaceOrder.PaymentMethod.ALIPAY : request.paymentMethod());
    }

    /** Optional text: {@code null} becomes blank; longer than {@code max} is refused. */
    private static String text(String value, String field, int max) {
        if (value == null) {
            return "";
        }
        if (value.length() > max) {
            throw MarketplaceException.badRequest(field + " must be at most " + max + " characters");
        }
        return value;
    }

    private record CheckedLine(
            String skuCode,
            String itemCode,
            String title,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount,
            BigDecimal amount) {}

    private record CheckedOrder(
            List<CheckedLine> lines,
            MarketplaceOrder.Buyer buyer,
            MarketplaceOrder.Address address,
            String buyerMessage,
            BigDecimal shippingFee,
            MarketplaceOrder.PaymentMethod paymentMethod) {}

    /** Quantities per SKU of an order. */
    static Map<String, Long> quantities(MarketplaceOrder order) {
        var quantities = new LinkedHashMap<String, Long>();
        order.lines().forEach(line -> quantities.merge(line.skuCode(), (long) line.quantity(), Long::sum));
        return quantities;
    }
}
