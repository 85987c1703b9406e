package io.storeops.inventory;

import io.storeops.shared.FieldErrorException;
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
        String spec = sort == null || sort.isBlank() ? "key,asc" : sort.strip();
        String[] parts = spec.split(",", -1);
        var field = FIELDS.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
        if (field == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new FieldErrorException(
                    "sort", "不支持的排序 / unsupported sort " + spec + "; use one of " + FIELDS.keySet() + ",asc|desc");
        }
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> values = direction.equals("desc") ? natural.reversed() : natural;
        Comparator<KpiReport.Item> primary =
                Comparator.comparing(item -> (Comparable) field.apply(item), Comparator.nullsLast(values));
        return primary.thenComparing(KpiReport.Item::key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
