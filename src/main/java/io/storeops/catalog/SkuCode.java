package io.storeops.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The identity of a SKU across modules and events: 1–64 letters, digits, {@code .}, {@code _} or {@code -}, as
 * {@link SkuDraft} accepts it. In JSON it is the bare code.
 */
public record SkuCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public SkuCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a SKU code: " + value);
        }
    }

    @JsonCreator
    public static SkuCode of(String value) {
        return new SkuCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
