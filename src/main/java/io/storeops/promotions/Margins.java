package io.storeops.promotions;

import io.storeops.catalog.Categories;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.promotions.internal.MarginRepository;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minimum margins behind the floor prices (F5.3): a default and one per category, read as a table and replaced as a
 * whole (audited). {@link PriceFloor} turns them into floors.
 */
@Service
public class Margins {

    private final MarginRepository margins;
    private final Categories categoryNames;
    private final AuditLog audit;

    Margins(MarginRepository margins, Categories categoryNames, AuditLog audit) {
        this.margins = margins;
        this.categoryNames = categoryNames;
        this.audit = audit;
    }

    /** The minimum margins: the default and per category (fractions: 0.10 = 10 %). */
    public record Table(BigDecimal defaultMargin, List<CategoryMargin> categories) {}

    public record CategoryMargin(String categoryCode, String categoryName, BigDecimal minMargin) {}

    @Transactional(readOnly = true)
    public Table table() {
        Map<String, BigDecimal> stored = margins.all();
        List<CategoryMargin> categories = new ArrayList<>();
        stored.forEach((code, margin) -> {
            if (!MarginRepository.DEFAULT.equals(code)) {
                String name =
                        categoryNames.findByCode(code).map(c -> c.nameZh()).orElse(code);
                categories.add(new CategoryMargin(code, name, margin));
            }
        });
        return new Table(stored.getOrDefault(MarginRepository.DEFAULT, BigDecimal.ZERO), categories);
    }

    /** Replaces every margin with the given ones, each between 0 and 10 with at most four decimals. */
    @Transactional
    public Table replace(Table update) {
        List<FieldErrorException.Error> errors = new ArrayList<>();
        checkMargin(update.defaultMargin(), "defaultMargin", errors);
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        stored.put(MarginRepository.DEFAULT, update.defaultMargin());
        List<CategoryMargin> categories = update.categories() == null ? List.of() : update.categories();
        for (int i = 0; i < categories.size(); i++) {
            CategoryMargin c = categories.get(i);
            if (c.categoryCode() == null || c.categoryCode().isBlank()) {
                errors.add(new FieldErrorException.Error(
                        "categories[" + i + "].categoryCode", Message.of(PromotionsMessage.REQUIRED)));
                continue;
            }
            checkMargin(c.minMargin(), "categories[" + i + "].minMargin", errors);
            stored.put(c.categoryCode().strip(), c.minMargin());
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
        Table before = table();
        margins.replaceAll(stored);
        Table after = table();
        audit.record(AuditAction.UPDATE, "price-floor-margins", "all", "Minimum margins", before, after);
        return after;
    }

    private static void checkMargin(BigDecimal margin, String field, List<FieldErrorException.Error> errors) {
        if (margin == null || margin.signum() < 0 || margin.compareTo(BigDecimal.TEN) >= 0 || margin.scale() > 4) {
            errors.add(new FieldErrorException.Error(field, Message.of(PromotionsMessage.MARGIN_RANGE)));
        }
    }
}
