package io.storeops.marketplace.internal;

import io.storeops.marketplace.MarketplaceItem;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.OrderRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 * The orders of one simulated shop, in memory. Placing an order takes its stock off the shop's {@link StockBook} all or
 * nothing; cancelling gives it back. Every creation and cancellation moves the order to a new, strictly increasing
 * {@code changeSeq}, which is what the order feed pages by. Changes are serialized per shop so that a sequence number
 * is visible in the feed before any higher one (a client's cursor never skips an order); reads by id never block.
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
        stock.giveBack(quantities(current));
        var cancelled = current.cancelled(clock.instant(), changeSeq.incrementAndGet());
        feed.remove(current.changeSeq());
        feed.put(cancelled.changeSeq(), cancelled);
        byId.put(orderId, cancelled);
        return cancelled;
    }

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
