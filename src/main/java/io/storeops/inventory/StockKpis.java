package io.storeops.inventory;

import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.SkuProfile;
import io.storeops.inventory.internal.KpiRepository;
import io.storeops.inventory.internal.KpiRepository.ReceiptRow;
import io.storeops.inventory.internal.KpiRepository.StockFacts;
import io.storeops.inventory.internal.KpiRepository.StockOutDays;
import io.storeops.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory KPIs (F2.6) over a period: turnover days, sell-through, stock age, capital tied up at cost and stock-out
 * rate per SKU, category or warehouse, as defined in docs/INVENTORY-KPIS.md. The ledger figures come from SQL; the
 * FIFO stock age, the grouping and the ratios are taken here, so every group and the totals add up the same facts.
 */
@Service
public class StockKpis {

    private final KpiRepository kpis;
    private final ProductCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    StockKpis(
            KpiRepository kpis,
            ProductCatalog catalog,
            Clock clock,
            @Value("${storeops.platform.zone:Asia/Shanghai}") ZoneId zone) {
        this.kpis = kpis;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    /** What to report: the grouping, the period (ISO dates, blank for the last 30 days), a filter and the sort. */
    public record KpiQuery(KpiGrouping groupBy, String from, String to, String q, String sort) {}

    @Transactional(readOnly = true)
    public KpiReport report(KpiQuery query, int page, int size) {
        Instant now = clock.instant();
        KpiPeriod period = KpiPeriod.parse(query.from(), query.to(), LocalDate.ofInstant(now, zone));
        var order = KpiSort.parse(query.sort());
        List<StockFacts> facts = kpis.stockFacts(period.start(zone), period.end(zone));
        Map<String, SkuProfile> profiles =
                catalog.skuProfiles(facts.stream().map(StockFacts::skuCode).collect(Collectors.toSet()));
        Map<String, List<FifoStockAge.Receipt>> receipts = new HashMap<>();
        for (ReceiptRow r : kpis.currentReceipts()) {
            receipts.computeIfAbsent(rowKey(r.skuCode(), r.warehouse()), k -> new ArrayList<>())
                    .add(new FifoStockAge.Receipt(r.at(), r.quantity()));
        }

        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, String> groupOfSku = new HashMap<>();
        for (StockFacts f : facts) {
            SkuProfile profile = profiles.get(f.skuCode());
            Group group = groups.computeIfAbsent(
                    key(query.groupBy(), f, profile), k -> new Group(k, label(query.groupBy(), f, profile)));
            long ageUnitSeconds = FifoStockAge.unitSeconds(
                    f.onHand(), receipts.getOrDefault(rowKey(f.skuCode(), f.warehouse()), List.of()), f.firstAt(), now);
            group.tally.addStock(
                    f.startOnHand(),
                    f.endOnHand(),
                    f.onHand(),
                    f.unitsSold(),
                    f.unitsReceived(),
                    ageUnitSeconds,
                    profile == null ? Money.ZERO : profile.cost());
            groupOfSku.put(f.skuCode(), group.key);
        }
        for (StockOutDays s : kpis.stockOutDays(period.from(), period.days(), zone)) {
            boolean perWarehouse = query.groupBy() == KpiGrouping.WAREHOUSE;
            if (perWarehouse == (s.warehouse() != null)) {
                Group group = groups.get(perWarehouse ? s.warehouse() : groupOfSku.get(s.skuCode()));
                if (group != null) {
                    group.tally.addStockOut(s.stockedOut(), s.counted());
                }
            }
        }

        KpiTally totals = new KpiTally();
        List<KpiReport.Item> items = new ArrayList<>();
        for (Group group : groups.values()) {
            if (matches(group, query.q())) {
                totals.add(group.tally);
                items.add(new KpiReport.Item(group.key, group.label, group.tally.measures(period.days())));
            }
        }
        items.sort(order);
        int fromIndex = (int) Math.min((long) page * size, items.size());
        int toIndex = (int) Math.min((long) fromIndex + size, items.size());
        return new KpiReport(
                period,
                List.copyOf(items.subList(fromIndex, toIndex)),
                items.size(),
                page,
                size,
                totals.measures(period.days()));
    }

    private static String key(KpiGrouping groupBy, StockFacts f, SkuProfile profile) {
        return switch (groupBy) {
            case SKU -> f.skuCode();
            case CATEGORY -> profile == null ? "-" : profile.categoryCode();
            case WAREHOUSE -> f.warehouse();
        };
    }

    /** What a person calls the group; none for SKUs no longer in the catalog, grouped by category (key {@code -}). */
    private static @Nullable String label(KpiGrouping groupBy, StockFacts f, SkuProfile profile) {
        return switch (groupBy) {
            case SKU -> profile == null ? f.skuCode() : profile.title();
            case CATEGORY -> profile == null ? null : profile.categoryName();
            case WAREHOUSE -> f.warehouseName();
        };
    }

    private static boolean matches(Group group, String q) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return Stream.of(group.key, group.label)
                .filter(Objects::nonNull)
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static String rowKey(String skuCode, String warehouse) {
        return skuCode + '\u0000' + warehouse;
    }

    private static final class Group {

        private final String key;
        private final @Nullable String label;
        private final KpiTally tally = new KpiTally();

        private Group(String key, @Nullable String label) {
            this.key = key;
            this.label = label;
        }
    }
}
