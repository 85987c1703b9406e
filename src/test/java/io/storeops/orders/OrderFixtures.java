package io.storeops.orders;

import io.storeops.ApiClient;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh SKUs with stock in chosen warehouses, and order bodies for the batch API. */
public final class OrderFixtures {

    private OrderFixtures() {}

    /** A new SKU with the given stock per warehouse (code, quantity, code, quantity …). */
    static String skuWithStock(ApiClient admin, Inventory inventory, Object... warehouseQuantity) {
        String sku = CatalogFixtures.create(admin, "订单测试 家纺")
                .get("skus")
                .get(0)
                .get("skuCode")
                .asString();
        List<Movement> inbound = new ArrayList<>();
        for (int i = 0; i < warehouseQuantity.length; i += 2) {
            inbound.add(new Movement(
                    MovementType.INBOUND,
                    sku,
                    (String) warehouseQuantity[i],
                    (Integer) warehouseQuantity[i + 1],
                    "test stock",
                    "test",
                    null));
        }
        if (!inbound.isEmpty()) {
            inventory.apply(inbound);
        }
        return sku;
    }

    public static Map<String, Object> order(
            String channel, String externalId, String province, String phone, Object... skuQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQuantity.length; i += 2) {
            lines.add(Map.of("skuCode", skuQuantity[i], "quantity", skuQuantity[i + 1], "unitPrice", "49.90"));
        }
        Map<String, Object> order = new HashMap<>();
        order.put("channel", channel);
        order.put("externalId", externalId);
        order.put("buyer", Map.of("nick", "buyer-" + phone, "name", "测试买家", "phone", phone));
        order.put(
                "address", Map.of("province", province, "city", "某市", "district", "某区", "detail", "幸福路 88 号 2 栋 301"));
        order.put("lines", lines);
        return order;
    }

    /** A random valid mobile number, so the buyer has no history from other tests. */
    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
