package io.storeops.inventory;

import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.util.Locale;

/** What one line of the inventory KPI report stands for. */
public enum KpiGrouping {
    SKU,
    /** The catalog category of each SKU's product. */
    CATEGORY,
    WAREHOUSE;

    public static KpiGrouping parse(String value) {
        if (value == null || value.isBlank()) {
            return SKU;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldErrorException("groupBy", Message.of(InventoryMessage.KPI_GROUP_INVALID));
        }
    }
}
