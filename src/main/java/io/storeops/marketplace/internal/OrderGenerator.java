package io.storeops.marketplace.internal;

import io.storeops.marketplace.ListingStock;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.OrderRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The simulated buyers of one shop: places random but plausible orders against the stock the shop holds (one SKU,
 * sometimes two, one or two pieces each, never more than in stock), with made-up buyers (about 2 % with an incomplete
 * address, about 3 % with a message), occasional discounts and shipping fees, and reviews some of them. All randomness
 * comes from one {@link Random}, seeded from {@code storeops.marketplace.seed} when set, so a seeded shop with the same
 * stock generates the same orders.
 */
public final class OrderGenerator {

    static final double SECOND_LINE_CHANCE = 0.2;
    static final double INCOMPLETE_ADDRESS_CHANCE = 0.02;
    static final double MESSAGE_CHANCE = 0.03;
    static final double DISCOUNT_CHANCE = 0.1;
    static final double SHIPPING_FEE_CHANCE = 0.2;

    private static final List<BigDecimal> SHIPPING_FEES =
            List.of(new BigDecimal("6.00"), new BigDecimal("8.00"), new BigDecimal("10.00"), new BigDecimal("12.00"));

    private final Random random;
    private final int ratePerMinute;
    private final double reviewProbability;
    private final StockBook stock;
    private final OrderBook orders;
    private final ReviewBook reviews;
    private final Clock clock;

    OrderGenerator(
            Random random,
            int ratePerMinute,
            double reviewProbability,
            StockBook stock,
            OrderBook orders,
            ReviewBook reviews,
            Clock clock) {
        this.random = random;
        this.ratePerMinute = ratePerMinute;
        this.reviewProbability = reviewProbability;
        this.stock = stock;
        this.orders = orders;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Random orders per minute this shop's buyers place on their own; 0 = none. */
    public int ratePerMinute() {
        return ratePerMinute;
    }

    /**
     * Places up to {@code count} random orders now; fewer when the shop runs out of stock.
     *
     * @return the orders placed, in order
     */
    public synchronized List<MarketplaceOrder> generate(int count) {
        var placed = new ArrayList<MarketplaceOrder>(count);
        for (int attempt = 0; placed.size() < count && attempt < count * 3; attempt++) {
            var inStock = stock.inStock();
            if (inStock.isEmpty()) {
                break;
            }
            generateOne(inStock).ifPresent(placed::add);
        }
        return placed;
    }

    /** One second of the shop's own buying: on average {@code ratePerMinute / 60} orders. */
    synchronized void tick() {
        double expected = ratePerMinute / 60.0;
        int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
        if (count > 0) {
            generate(count);
        }
    }

    /** A made-up buyer, for orders placed without one. */
    synchronized MarketplaceOrder.Buyer buyer() {
        return BuyerFaker.buyer(random);
    }

    /** A made-up complete address, for orders placed without one. */
    synchronized MarketplaceOrder.Address address() {
        return BuyerFaker.address(random, true);
    }

    private Optional<MarketplaceOrder> generateOne(List<ListingStock> inStock) {
        int firstIndex = random.nextInt(inStock.size());
        var lines = new ArrayList<OrderRequest.Line>(2);
        lines.add(line(inStock.get(firstIndex)));
        if (inStock.size() > 1 && random.nextDouble() < SECOND_LINE_CHANCE) {
            int offset = 1 + random.nextInt(inStock.size() - 1);
            lines.add(line(inStock.get((firstIndex + offset) % inStock.size())));
        }
        var buyer = BuyerFaker.buyer(random);
        var address = BuyerFaker.address(random, random.nextDouble() >= INCOMPLETE_ADDRESS_CHANCE);
        String message = random.nextDouble() < MESSAGE_CHANCE ? BuyerFaker.message(random) : "";
        BigDecimal shippingFee =
                random.nextDouble() < SHIPPING_FEE_CHANCE ? BuyerFaker.pick(random, SHIPPING_FEES) : Amounts.ZERO;
        double paymentRoll = random.nextDouble();
        var payment = paymentRoll < 0.55
                ? MarketplaceOrder.PaymentMethod.ALIPAY
                : paymentRoll < 0.9 ? MarketplaceOrder.PaymentMethod.WECHAT : MarketplaceOrder.PaymentMethod.CARD;
        var createdAt = clock.instant().minus(Duration.ofSeconds(10 + random.nextInt(290)));
        MarketplaceOrder order;
        try {
            order = orders.place(new OrderRequest(lines, buyer, address, message, shippingFee, payment), createdAt);
        } catch (MarketplaceException e) {
            // Stock sold or re-pushed meanwhile, or a price changed under a discount: that buyer gave up.
            return Optional.empty();
        }
        if (random.nextDouble() < reviewProbability) {
            var line = BuyerFaker.pick(random, order.lines());
            var sample = ReviewSamples.draw(random);
            reviews.add(order.orderId(), line.skuCode(), line.itemCode(), sample.rating(), sample.content());
        }
        return Optional.of(order);
    }

    private OrderRequest.Line line(ListingStock listing) {
        int quantity = (int) Math.min(listing.quantity(), 1 + random.nextInt(2));
        BigDecimal discount = null;
        if (random.nextDouble() < DISCOUNT_CHANCE) {
            BigDecimal gross = orders.listedPrice(listing.skuCode()).multiply(BigDecimal.valueOf(quantity));
            int percent = 5 + random.nextInt(16);
            discount = gross.multiply(BigDecimal.valueOf(percent))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                    .setScale(2);
            if (discount.signum() == 0) {
                discount = null;
            }
        }
        return new OrderRequest.Line(listing.skuCode(), quantity, null, discount);
    }
}
