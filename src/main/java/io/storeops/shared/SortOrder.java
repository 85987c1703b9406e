package io.storeops.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A list's order as asked for with {@code sort=field,asc|desc}. The field must be one the list offers and the direction
 * {@code asc} or {@code desc} (without one, the list's own default); anything else is a 400 naming {@code sort}, never
 * a silent fallback.
 */
public record SortOrder(String field, boolean ascending) {

    /**
     * The order asked for, or empty when {@code sort} is absent or blank.
     *
     * @param fields the fields the list can be sorted by, as the API names them
     * @param ascendingByDefault the direction when {@code sort} names only a field
     */
    public static Optional<SortOrder> parse(String sort, Collection<String> fields, boolean ascendingByDefault) {
        if (sort == null || sort.isBlank()) {
            return Optional.empty();
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].strip();
        if (parts.length > 2 || !fields.contains(field)) {
            throw invalid(sort, fields);
        }
        if (parts.length == 1) {
            return Optional.of(new SortOrder(field, ascendingByDefault));
        }
        return switch (parts[1].strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> Optional.of(new SortOrder(field, true));
            case "desc" -> Optional.of(new SortOrder(field, false));
            default -> throw invalid(sort, fields);
        };
    }

    /** {@code asc} or {@code desc}, as SQL writes it. */
    public String direction() {
        return ascending ? "asc" : "desc";
    }

    private static FieldErrorException invalid(String sort, Collection<String> fields) {
        List<String> allowed = fields.stream().sorted().toList();
        String given = sort.length() > 40 ? sort.substring(0, 40) + "…" : sort;
        return new FieldErrorException(
                "sort", Message.of(SharedMessage.UNSUPPORTED_SORT, "given", given, "fields", allowed));
    }
}
