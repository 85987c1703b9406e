package io.storeops.promotions;

import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.SkuPricing;
import io.storeops.promotions.LowestPrice.Lowest;
import io.storeops.promotions.engine.CouponOffer;
import io.storeops.promotions.engine.Promotion;
import io.storeops.promotions.internal.CouponRepository;
import io.storeops.promotions.internal.MarginRepository;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import io.storeops.shared.PageResult;
import io.storeops.shared.SortOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price floors (价格校准, F5.3). A SKU's floor is cost × (1 + the minimum margin of its category, or the default; see
 * {@link Margins}), rounded half-up to the fen. Against it stands the SKU's lowest reachable price in a window, found
 * by {@link LowestPrice}: the SKUs a promotion would push below their floor, and a preview of every SKU.
 */
@Service
public class PriceFloor {

    private static final List<String> PREVIEW_SORTS =
            List.of("skuCode", "lowestPrice", "floor", "listPrice", "title", "margin");

    private final ProductCatalog catalog;
    private final MarginRepository margins;
    private final CouponRepository coupons;

    PriceFloor(ProductCatalog catalog, MarginRepository margins, CouponRepository coupons) {
        this.catalog = catalog;
        this.margins = margins;
        this.coupons = coupons;
    }

    /** A SKU that could be sold below its floor, with the cart that does it. */
    public record FloorViolation(
            String skuCode,
            String title,
            Money listPrice,
            Money cost,
            Money floor,
            Money lowestPrice,
            Message explanation) {}

    /** One row of the price preview. */
    public record PreviewRow(
            String skuCode,
            String title,
            String categoryCode,
            String categoryName,
            Money listPrice,
            Money cost,
            Money floor,
            Money lowestPrice,
            Message explanation,
            boolean belowFloor) {}

    /** SKUs the candidate covers that, with it and the other promotions, could sell below their floor. */
    @Transactional(readOnly = true)
    public List<FloorViolation> floorViolations(Promotion candidate, List<Promotion> others) {
        List<Promotion> all = new ArrayList<>(others);
        all.add(candidate);
        List<SkuPricing> skus = catalog.allSkuPricing();
        Map<String, BigDecimal> marginTable = margins.all();
        // carts on channels the candidate does not cover cannot involve it
        LowestPrice search = new LowestPrice(
                bySku(skus),
                couponOffers(),
                candidate.startsAt(),
                candidate.endsAt(),
                candidate.scope().channels());
        List<FloorViolation> result = new ArrayList<>();
        for (SkuPricing sku : skus) {
            if (!LowestPrice.covers(candidate, sku)) {
                continue;
            }
            long floor = floorFen(sku, marginTable);
            Lowest lowest = search.of(sku, all);
            // only what the candidate itself pushes under the floor: others were checked (or approved) on their own
            if (lowest.unitFen() < floor
                    && lowest.unitFen() < search.of(sku, others).unitFen()) {
                result.add(new FloorViolation(
                        sku.skuCode(),
                        sku.title(),
                        sku.listPrice(),
                        sku.cost(),
                        money(floor),
                        money(lowest.unitFen()),
                        lowest.explanation()));
            }
        }
        return result;
    }

    /** The lowest reachable unit price of every SKU in a window against its floor; filtered, sorted, one page. */
    @Transactional(readOnly = true)
    public PageResult<PreviewRow> preview(
            List<Promotion> active,
            Instant from,
            Instant to,
            String channel,
            String q,
            boolean belowFloorOnly,
            String sort,
            int page,
            int size) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new FieldErrorException("to", Message.of(PromotionsMessage.END_AFTER_START));
        }
        List<Promotion> inWindow = active.stream()
                .filter(p -> p.startsAt().isBefore(to) && p.endsAt().isAfter(from))
                .toList();
        List<SkuPricing> skus = catalog.allSkuPricing();
        Map<String, BigDecimal> marginTable = margins.all();
        LowestPrice search = new LowestPrice(
                bySku(skus),
                couponOffers(),
                from,
                to,
                channel == null || channel.isBlank() ? Set.of() : Set.of(channel));
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        List<PreviewRow> rows = new ArrayList<>();
        for (SkuPricing sku : skus) {
            if (matches(sku, needle)) {
                PreviewRow row = previewRow(sku, floorFen(sku, marginTable), search.of(sku, inWindow));
                if (row.belowFloor() || !belowFloorOnly) {
                    rows.add(row);
                }
            }
        }
        rows.sort(comparator(sort));
        int fromIndex = Math.min(rows.size(), page * size);
        return new PageResult<>(
                rows.subList(fromIndex, Math.min(rows.size(), fromIndex + size)), rows.size(), page, size);
    }

    /** The floor of a SKU in fen: cost × (1 + margin), half-up. */
    static long floorFen(SkuPricing sku, Map<String, BigDecimal> marginTable) {
        BigDecimal margin = sku.categoryPath().stream()
                .map(marginTable::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(marginTable.getOrDefault(MarginRepository.DEFAULT, BigDecimal.ZERO));
        return sku.cost()
                .amount()
                .multiply(BigDecimal.ONE.add(margin))
                .setScale(2, RoundingMode.HALF_UP)
                .movePointRight(2)
                .longValueExact();
    }

    private static boolean matches(SkuPricing sku, String needle) {
        return needle == null
                || sku.skuCode().toLowerCase(Locale.ROOT).contains(needle)
                || sku.title().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static PreviewRow previewRow(SkuPricing sku, long floor, Lowest lowest) {
        return new PreviewRow(
                sku.skuCode(),
                sku.title(),
                sku.categoryCode(),
                sku.categoryName(),
                sku.listPrice(),
                sku.cost(),
                money(floor),
                money(lowest.unitFen()),
                lowest.explanation(),
                lowest.unitFen() < floor);
    }

    private static Map<String, SkuPricing> bySku(List<SkuPricing> skus) {
        return skus.stream().collect(Collectors.toMap(SkuPricing::skuCode, s -> s));
    }

    private List<CouponOffer> couponOffers() {
        return coupons.active().stream()
                .map(t -> CouponOffers.of(t, "template-" + t.id()))
                .toList();
    }

    private static Money money(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    private static Comparator<PreviewRow> comparator(String sort) {
        SortOrder order = SortOrder.parse(sort, PREVIEW_SORTS, true).orElse(new SortOrder("skuCode", true));
        Comparator<PreviewRow> c = switch (order.field()) {
            case "lowestPrice" -> Comparator.comparing(PreviewRow::lowestPrice);
            case "floor" -> Comparator.comparing(PreviewRow::floor);
            case "listPrice" -> Comparator.comparing(PreviewRow::listPrice);
            case "title" -> Comparator.comparing(PreviewRow::title);
            case "margin" ->
                Comparator.comparing(
                        r -> r.lowestPrice().amount().subtract(r.floor().amount()));
            default -> Comparator.comparing(PreviewRow::skuCode);
        };
        return order.ascending() ? c : c.reversed();
    }
}
