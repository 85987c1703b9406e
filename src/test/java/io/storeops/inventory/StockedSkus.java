package io.storeops.inventory;

import io.storeops.ApiClient;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.catalog.Categories;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.SkuDraft;
import io.storeops.shared.Money;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;

/**
 * Fresh SKUs with stock, made through the catalog and inventory services (no HTTP, no demo data) for module slices that
 * bootstrap both: one product per SKU in a test category, its stock in one test warehouse in {@link #PROVINCE}. A lazy
 * bean of every {@link io.storeops.ModuleSliceTest}.
 */
@Lazy
public final class StockedSkus {

    public static final String WAREHOUSE = "SLICE-01";
    public static final String PROVINCE = "浙江省";
    private static final String CATEGORY = "slice-tests";

    private final Categories categories;
    private final ProductCatalog catalog;
    private final Warehouses warehouses;
    private final Inventory inventory;

    public StockedSkus(Categories categories, ProductCatalog catalog, Warehouses warehouses, Inventory inventory) {
        this.categories = categories;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.inventory = inventory;
    }

    /** A new SKU with {@code quantity} units on hand in {@link #WAREHOUSE} (none when zero); answers its code. */
    public String create(int quantity) {
        String spu = ApiClient.unique("SLICE-");
        String sku = spu + "-1";
        catalog.create(new ProductDraft(
                spu,
                "切片测试 纯棉毛巾",
                categoryId(),
                null,
                null,
                List.of(),
                Map.of(),
                List.of(new SkuDraft(sku, CatalogFixtures.barcode(), Map.of(), Money.of("12.00"), Money.of("39.00")))));
        if (quantity > 0) {
            receive(sku, quantity);
        }
        return sku;
    }

    /** Puts {@code quantity} more units of the SKU on hand in {@link #WAREHOUSE}. */
    public void receive(String sku, int quantity) {
        ensureWarehouse();
        inventory.apply(List.of(
                new Movement(MovementType.INBOUND, sku, WAREHOUSE, quantity, "slice test stock", "test", null)));
    }

    /** Units of the SKU reserved in {@link #WAREHOUSE}. */
    public int reserved(String sku) {
        return inventory.levelsOf(sku).stream()
                .filter(level -> level.warehouse().equals(WAREHOUSE))
                .mapToInt(StockLevel::reserved)
                .sum();
    }

    private long categoryId() {
        return categories
                .findByCode(CATEGORY)
                .orElseGet(() -> categories.create(CATEGORY, "切片测试", "Slice tests", null, List.of()))
                .id();
    }

    private void ensureWarehouse() {
        if (warehouses.list().stream().noneMatch(w -> w.code().equals(WAREHOUSE))) {
            warehouses.create(WAREHOUSE, "切片测试仓", PROVINCE, 1);
        }
    }
}
