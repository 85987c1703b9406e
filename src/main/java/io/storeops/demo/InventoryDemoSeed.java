package io.storeops.demo;

import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDetails;
import io.storeops.catalog.ProductQuery;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.ChannelAllocation;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import io.storeops.inventory.SafetyStock;
import io.storeops.inventory.SafetyStockPolicy;
import io.storeops.inventory.Warehouses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Demo stock: three warehouses (华东, 华南, 华北), every demo SKU stocked in two or three of them, open reservations for
 * orders in flight, a few shipments, and some SKUs nearly sold out; Tmall and JD hold a buffer back, Douyin sells a
 * fixed quota for live-stream sales. Every seventh SKU has a fixed safety stock of 30 (the nearly sold-out ones among them
 * raise low-stock alerts), every eleventh one computed from demand.
 */
@Component
class InventoryDemoSeed implements DemoSeed {

    private static final String[][] WAREHOUSES = {
        {"SH-01", "华东中心仓", "上海", "1"}, {"GZ-01", "华南仓", "广东", "2"}, {"BJ-01", "华北仓", "北京", "3"}
    };

    private final Warehouses warehouses;
    private final Inventory inventory;
    private final Allocations allocations;
    private final ProductCatalog catalog;
    private final SafetyStock safetyStock;

    InventoryDemoSeed(
            Warehouses warehouses,
            Inventory inventory,
            Allocations allocations,
            ProductCatalog catalog,
            SafetyStock safetyStock) {
        this.warehouses = warehouses;
        this.inventory = inventory;
        this.allocations = allocations;
        this.catalog = catalog;
        this.safetyStock = safetyStock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "inventory (warehouses, stock, reservations, channel allocation)";
    }

    @Override
    public void seed() {
        for (String[] w : WAREHOUSES) {
            warehouses.create(w[0], w[1], w[2], Integer.parseInt(w[3]));
        }
        allocations.update(new ChannelAllocation("TMALL", ChannelAllocation.Mode.BUFFER_PERCENT, BigDecimal.TEN));
        allocations.update(new ChannelAllocation("JD", ChannelAllocation.Mode.BUFFER_PERCENT, BigDecimal.TEN));
        allocations.update(new ChannelAllocation("DOUYIN", ChannelAllocation.Mode.FIXED_QUOTA, BigDecimal.valueOf(50)));

        var random = new Random(20261125L);
        List<Movement> inbound = new ArrayList<>();
        List<Movement> flow = new ArrayList<>();
        List<ProductDetails> products =
                catalog.findAll(new ProductQuery(null, null, null, null, "spuCode,asc"), 10_000);
        int n = 0;
        for (ProductDetails product : products) {
            for (ProductDetails.Sku sku : product.skus()) {
                int places = 2 + (n % 2);
                for (int w = 0; w < places; w++) {
                    String warehouse = WAREHOUSES[(n + w) % WAREHOUSES.length][0];
                    int quantity = n % 13 == 12 ? 1 + random.nextInt(4) : 20 + random.nextInt(280);
                    inbound.add(new Movement(
                            MovementType.INBOUND,
                            sku.skuCode(),
                            warehouse,
                            quantity,
                            "期初入库 opening stock",
                            "purchase-order",
                            "PO-2026-" + (1000 + n)));
                    if (quantity > 10 && w == 0) {
                        int reserved = 1 + random.nextInt(5);
                        flow.add(new Movement(
                                MovementType.RESERVATION,
                                sku.skuCode(),
                                warehouse,
                                reserved,
                                "订单占用 order reservation",
                                "order",
                                "SO-" + (50000 + n)));
                        if (n % 3 == 0) {
                            flow.add(new Movement(
                                    MovementType.SHIPMENT,
                                    sku.skuCode(),
                                    warehouse,
                                    1,
                                    "订单发货 shipped",
                                    "order",
                                    "SO-" + (50000 + n)));
                        }
                    }
                }
                n++;
            }
        }
        inventory.apply(inbound);
        inventory.apply(flow);
        List<String> skuCodes = products.stream()
                .flatMap(p -> p.skus().stream())
                .map(ProductDetails.Sku::skuCode)
                .toList();
        for (int i = 0; i < skuCodes.size(); i += 7) {
            safetyStock.configure(skuCodes.get(i), new SafetyStockPolicy(SafetyStockPolicy.Mode.FIXED, 30, null, null));
        }
        for (int i = 3; i < skuCodes.size(); i += 11) {
            safetyStock.configure(
                    skuCodes.get(i),
                    new SafetyStockPolicy(SafetyStockPolicy.Mode.COMPUTED, null, 7, new BigDecimal("1.65")));
        }
    }
}
