package io.storeops.inventory;

import io.storeops.shared.SortOrder;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/** The sort orders the KPI report allows ({@code field,asc|desc}); empty values always sort last. */
final class KpiSort {

    private static final Map<String, Function<KpiReport.Item, ? extends Comparable<?>>> FIELDS = Map.of(
            "key", KpiReport.Item::key,
            "label", KpiReport.Item::label,
            "unitsSold", KpiReport.Item::unitsSold,
            "averageOnHand", KpiReport.Item::averageOnHand,
            "turnoverDays", KpiReport.Item::turnoverDays,
            "sellThrough", KpiReport.Item::sellThrough,
            "stockAgeDays", KpiReport.Item::stockAgeDays,
            "capitalTiedUp", KpiReport.Item::capitalTiedUp,
            "stockOutRate", KpiReport.Item::stockOutRate);

    private KpiSort() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<KpiReport.Item> parse(String sort) {
        SortOrder order = SortOrder.parse(sort, FIELDS.keySet(), true).orElse(new SortOrder("key", true));
        var field = FIELDS.get(order.field());
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> values = order.ascending() ? natural : natural.reversed();
        Comparator<KpiReport.Item> primary =
                Comparator.comparing(item -> (Comparable) field.apply(item), Comparator.nullsLast(values));
        return primary.thenComparing(KpiReport.Item::key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
