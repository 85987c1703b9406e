package io.storeops.catalog.importing;

import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How cells are written and read: images separated by {@code |}, attributes as {@code 材质=纯棉;产地=新疆} (full-width
 * {@code ；} and {@code ＝} accepted), amounts as plain decimals. Parsing throws {@link IllegalArgumentException} with a
 * bilingual message. CSV files guard their cells against formulas in {@link TableFiles}.
 */
final class Cells {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final Pattern PAIR_SEPARATOR = Pattern.compile("[;；]");
    private static final Pattern KEY_VALUE = Pattern.compile("[=＝]");
    private static final Pattern IMAGE_SEPARATOR = Pattern.compile("\\|");

    private Cells() {}

    static Money amount(String cell) {
        if (!AMOUNT.matcher(cell).matches()) {
            throw new CellException(Message.of(ImportingMessage.IMPORT_AMOUNT_INVALID, "value", cell));
        }
        return Money.of(new BigDecimal(cell));
    }

    static Map<String, String> pairs(String cell) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : PAIR_SEPARATOR.split(cell)) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = KEY_VALUE.split(pair, 2);
            if (parts.length < 2 || parts[0].isBlank()) {
                throw new CellException(Message.of(ImportingMessage.IMPORT_PAIRS_INVALID, "value", pair.strip()));
            }
            if (pairs.put(parts[0].strip(), parts[1].strip()) != null) {
                throw new CellException(
                        Message.of(ImportingMessage.IMPORT_PAIR_NAME_REPEATED, "name", parts[0].strip()));
            }
        }
        return pairs;
    }

    static List<String> images(String cell) {
        return Arrays.stream(IMAGE_SEPARATOR.split(cell))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .toList();
    }

    static String pairs(Map<String, String> pairs) {
        return pairs.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static String images(List<String> images) {
        return String.join("|", images);
    }
}
