package io.storeops.promotions;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.SkuPricing;
import io.storeops.inventory.Inventory;
import io.storeops.promotions.engine.Applied;
import io.storeops.promotions.engine.Cart;
import io.storeops.promotions.engine.CartLine;
import io.storeops.promotions.engine.CouponOffer;
import io.storeops.promotions.engine.PriceEngine;
import io.storeops.promotions.engine.PriceResult;
import io.storeops.promotions.engine.PricedLine;
import io.storeops.promotions.engine.PromotionIndex;
import io.storeops.promotions.internal.CouponRepository;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import io.storeops.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Prices a cart (F5.2) for channels, the checkout and the console's "try a cart": the SKUs' list prices and categories
 * from the catalog (or the channel's unit price when it sends one), the promotions active at the cart's time, the
 * customer's usable coupons (or the ones named), 满赠 gifts only while available stock covers them. A channel known to
 * the catalog and disabled there is refused (422 naming {@code channel}); other codes are priced as given, so that a
 * promotion can be tried on a channel before it is set up.
 *
 * <p>List prices, categories, coupon terms and channel states are served from memory for {@value #CATALOG_SECONDS}
 * s after loading, gift stock for {@value #GIFT_STOCK_SECONDS} s ({@link ShortLived}).
 */
@Service
public class PriceQuotes {

    static final int CATALOG_SECONDS = 5;
    /** The gift is reserved with the order anyway: a quote only needs to know it is likely available. */
    static final int GIFT_STOCK_SECONDS = 1;

    private static final String CHANNELS = "channels";

    private final Promotions promotions;
    private final ProductCatalog catalog;
    private final Channels channels;
    private final CouponRepository coupons;
    private final Inventory inventory;
    private final Clock clock;
    private final Cache<String, SkuPricing> skuCache;
    private final Cache<Long, CouponRepository.Template> templateCache;
    private final Cache<String, Integer> giftStockCache;
    private final Cache<String, Map<String, Boolean>> channelCache;

    PriceQuotes(
            Promotions promotions,
            ProductCatalog catalog,
            Channels channels,
            CouponRepository coupons,
            Inventory inventory,
            Clock clock,
            MeterRegistry meters) {
        this.promotions = promotions;
        this.catalog = catalog;
        this.channels = channels;
        this.coupons = coupons;
        this.inventory = inventory;
        this.clock = clock;
        Duration catalogFor = Duration.ofSeconds(CATALOG_SECONDS);
        this.skuCache = ShortLived.cache("promotions.sku-pricing", catalogFor, 100_000, meters);
        this.templateCache = ShortLived.cache("promotions.coupon-templates", catalogFor, 10_000, meters);
        this.giftStockCache =
                ShortLived.cache("promotions.gift-stock", Duration.ofSeconds(GIFT_STOCK_SECONDS), 10_000, meters);
        this.channelCache = ShortLived.cache("promotions.channels", catalogFor, 1, meters);
    }

    /** A cart to price. {@code couponClaimIds} null = every usable coupon of the customer. */
    public record QuoteRequest(
            String channel,
            String memberTier,
            String customerId,
            Instant at,
            List<QuoteLine> lines,
            List<Long> couponClaimIds) {}

    public record QuoteLine(String lineId, String skuCode, Integer quantity, BigDecimal unitPrice) {}

    public record Quote(
            Money subtotal,
            Money total,
            Money discount,
            List<Line> lines,
            List<AppliedView> applied,
            List<NotAppliedView> notApplied,
            int notInScope,
            List<GiftView> gifts,
            List<String> couponsUsed,
            Instant at) {}

    public record Line(
            String lineId,
            String skuCode,
            String title,
            int quantity,
            Money listUnit,
            Money itemUnit,
            String itemPriceSource,
            Money afterItem,
            Money afterMultiBuy,
            Money orderDiscount,
            Money couponDiscount,

            @com.fasterxml.jackson.annotation.JsonProperty("final")
            Money finalAmount,

            List<Message> explanation) {}

    public record AppliedView(
            String id, String name, int stage, Money discount, Map<String, Money> allocation, Message explanation) {}

    public record NotAppliedView(String id, String name, Message reason) {}

    public record GiftView(String skuCode, int quantity, String promotionId) {}

    /** Reads without a transaction of its own: each read is consistent in itself, and a quote writes nothing. */
    public Quote quote(QuoteRequest request) {
        List<FieldErrorException.Error> errors = new ArrayList<>();
        if (request.channel() == null || request.channel().isBlank()) {
            errors.add(new FieldErrorException.Error("channel", Message.of(PromotionsMessage.REQUIRED)));
        } else if (disabled(request.channel().strip())) {
            throw new RuleViolationException(
                    "channel-disabled",
                    Message.of(PromotionsMessage.CHANNEL_DISABLED_NO_QUOTE),
                    List.of(new FieldErrorException.Error(
                            "channel",
                            Message.of(
                                    PromotionsMessage.CHANNEL_DISABLED,
                                    "channel",
                                    request.channel().strip()))));
        }
        List<QuoteLine> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty() || lines.size() > 200) {
            errors.add(new FieldErrorException.Error(
                    "lines", Message.of(PromotionsMessage.QUOTE_LINES_RANGE, "min", 1, "max", 200)));
        }
        Set<String> skuCodes = new LinkedHashSet<>();
        lines.forEach(l -> skuCodes.add(l.skuCode()));
        skuCodes.remove(null);
        Map<String, SkuPricing> skus = skuCache.getAll(skuCodes, missing -> catalog.skuPricing(List.copyOf(missing)));
        List<CartLine> cartLines = new ArrayList<>();
        Set<String> lineIds = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            QuoteLine l = lines.get(i);
            SkuPricing sku = l.skuCode() == null ? null : skus.get(l.skuCode());
            if (sku == null) {
                errors.add(new FieldErrorException.Error(
                        "lines[" + i + "].skuCode", Message.of(PromotionsMessage.UNKNOWN_SKU)));
                continue;
            }
            if (l.quantity() == null || l.quantity() < 1 || l.quantity() > 10_000) {
                errors.add(new FieldErrorException.Error(
                        "lines[" + i + "].quantity",
                        Message.of(PromotionsMessage.NUMBER_RANGE, "min", 1, "max", 10_000)));
                continue;
            }
            if (l.unitPrice() != null
                    && (l.unitPrice().signum() < 0 || l.unitPrice().scale() > 2)) {
                errors.add(new FieldErrorException.Error(
                        "lines[" + i + "].unitPrice", Message.of(PromotionsMessage.UNIT_PRICE_INVALID)));
                continue;
            }
            String lineId = l.lineId() == null || l.lineId().isBlank() ? String.valueOf(i + 1) : l.lineId();
            if (!lineIds.add(lineId)) {
                errors.add(new FieldErrorException.Error(
                        "lines[" + i + "].lineId", Message.of(PromotionsMessage.DUPLICATE_LINE_ID)));
                continue;
            }
            long unit = l.unitPrice() != null
                    ? l.unitPrice().movePointRight(2).longValueExact()
                    : sku.listPrice().amount().movePointRight(2).longValueExact();
            cartLines.add(new CartLine(lineId, sku.skuCode(), Set.copyOf(sku.categoryPath()), unit, l.quantity()));
        }
        Instant at = request.at() == null ? clock.instant() : request.at();
        List<CouponOffer> offers = offers(request, at, errors);
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
        PromotionIndex active = promotions.pricingIndex();
        Cart cart = new Cart(request.channel().strip(), blankToNull(request.memberTier()), at, cartLines, offers);
        Map<String, Integer> giftsAvailable = new HashMap<>();
        PriceResult result = PriceEngine.price(cart, active, (sku, quantity) -> {
            Integer available = giftsAvailable.computeIfAbsent(sku, this::giftStock);
            return available >= quantity;
        });
        return view(result, skus, at);
    }

    private List<CouponOffer> offers(QuoteRequest request, Instant at, List<FieldErrorException.Error> errors) {
        String customer = request.customerId() == null || request.customerId().isBlank()
                ? null
                : CustomerId.parse("customerId", request.customerId()).value();
        List<CouponRepository.Held> claims;
        if (request.couponClaimIds() != null) {
            List<CouponRepository.Claim> named = coupons.claims(request.couponClaimIds());
            claims = named.stream()
                    .map(c -> new CouponRepository.Held(c.id(), c.templateId()))
                    .toList();
            for (int i = 0; i < request.couponClaimIds().size(); i++) {
                long id = request.couponClaimIds().get(i);
                var claim = named.stream().filter(c -> c.id() == id).findFirst().orElse(null);
                Message problem = claim == null
                        ? Message.of(PromotionsMessage.COUPON_UNKNOWN)
                        : customer != null && !customer.equals(claim.customerId())
                                ? Message.of(PromotionsMessage.COUPON_NOT_CUSTOMERS)
                                : claim.redeemedAt() != null
                                        ? Message.of(PromotionsMessage.COUPON_ALREADY_REDEEMED)
                                        : at.isBefore(claim.validFrom()) || !at.isBefore(claim.validUntil())
                                                ? Message.of(PromotionsMessage.COUPON_NOT_VALID_AT_THIS_TIME)
                                                : null;
                if (problem != null) {
                    errors.add(new FieldErrorException.Error("couponClaimIds[" + i + "]", problem));
                }
            }
        } else if (customer != null) {
            claims = coupons.usable(customer, at);
        } else {
            claims = List.of();
        }
        if (claims.isEmpty()) {
            return List.of();
        }
        Map<Long, CouponRepository.Template> templates = templateCache.getAll(
                claims.stream().map(CouponRepository.Held::templateId).toList(), ids -> {
                    Map<Long, CouponRepository.Template> loaded = new HashMap<>();
                    coupons.templates(List.copyOf(ids)).forEach(t -> loaded.put(t.id(), t));
                    return loaded;
                });
        List<CouponOffer> offers = new ArrayList<>();
        for (var claim : claims) {
            offers.add(CouponOffers.of(templates.get(claim.templateId()), String.valueOf(claim.claimId())));
        }
        return offers;
    }

    /** Available units of a gift SKU, asked only for the gifts of promotions that reached their threshold. */
    private int giftStock(String sku) {
        return giftStockCache.get(sku, key -> inventory.available(List.of(key)).getOrDefault(key, 0));
    }

    /** Whether the channel is known to the catalog and disabled there. */
    private boolean disabled(String channel) {
        Map<String, Boolean> enabled = channelCache.get(CHANNELS, key -> {
            Map<String, Boolean> states = new HashMap<>();
            for (ChannelView c : channels.list()) {
                states.put(c.code(), c.enabled());
            }
            return Map.copyOf(states);
        });
        return Boolean.FALSE.equals(enabled.get(channel));
    }

    private static Quote view(PriceResult r, Map<String, SkuPricing> skus, Instant at) {
        List<Line> lines = new ArrayList<>();
        for (PricedLine l : r.lines()) {
            lines.add(new Line(
                    l.lineId(),
                    l.skuCode(),
                    skus.get(l.skuCode()).title(),
                    l.quantity(),
                    money(l.listUnitFen()),
                    money(l.itemUnitFen()),
                    l.itemPriceSource(),
                    money(l.afterItemFen()),
                    money(l.afterMultiBuyFen()),
                    money(l.orderDiscountFen()),
                    money(l.couponDiscountFen()),
                    money(l.finalFen()),
                    l.explanation()));
        }
        List<AppliedView> applied = new ArrayList<>();
        for (Applied a : r.applied()) {
            Map<String, Money> allocation = new LinkedHashMap<>();
            a.allocationByLine().forEach((line, fen) -> allocation.put(line, money(fen)));
            applied.add(new AppliedView(
                    a.promotionOrCouponId(), a.name(), a.stage(), money(a.discountFen()), allocation, a.explanation()));
        }
        return new Quote(
                money(r.subtotalFen()),
                money(r.totalFen()),
                money(r.discountFen()),
                lines,
                applied,
                r.notApplied().stream()
                        .map(n -> new NotAppliedView(n.id(), n.name(), n.reason()))
                        .toList(),
                r.notInScope(),
                r.gifts().stream()
                        .map(g -> new GiftView(g.skuCode(), g.quantity(), g.promotionId()))
                        .toList(),
                r.couponsUsed(),
                at);
    }

    static Money money(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
