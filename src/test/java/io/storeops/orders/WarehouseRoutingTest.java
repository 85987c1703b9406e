package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarehouseRoutingTest {

    static final List<String> RANKED = List.of("SH-01", "GZ-01", "BJ-01");

    static Map<String, Map<String, Integer>> stock(Object... skuWarehouseQuantity) {
        Map<String, Map<String, Integer>> available = new HashMap<>();
        for (int i = 0; i < skuWarehouseQuantity.length; i += 3) {
            available
                    .computeIfAbsent((String) skuWarehouseQuantity[i], k -> new HashMap<>())
                    .put((String) skuWarehouseQuantity[i + 1], (Integer) skuWarehouseQuantity[i + 2]);
        }
        return available;
    }

    static Map<String, Integer> need(Object... skuQuantity) {
        Map<String, Integer> needed = new LinkedHashMap<>();
        for (int i = 0; i < skuQuantity.length; i += 2) {
            needed.put((String) skuQuantity[i], (Integer) skuQuantity[i + 1]);
        }
        return needed;
    }

    @Test
    void theBestRankedWarehouseThatHasEverythingServesTheWholeOrder() {
        var route = WarehouseRouting.route(
                need("A", 2, "B", 1),
                stock("A", "SH-01", 5, "B", "SH-01", 5, "A", "GZ-01", 9, "B", "GZ-01", 9),
                RANKED);
        assertThat(route).hasValue(List.of(new Allocation("A", "SH-01", 2), new Allocation("B", "SH-01", 1)));
    }

    @Test
    void whenTheNearestIsShortByOneUnitAFartherWarehouseShipsItInOneParcel() {
        var route = WarehouseRouting.route(need("A", 3), stock("A", "SH-01", 2, "A", "BJ-01", 3), RANKED);
        assertThat(route).hasValue(List.of(new Allocation("A", "BJ-01", 3)));
    }

    @Test
    void stockSpreadOverWarehousesIsCombinedIntoTheFewestParcels() {
        // no warehouse has everything; GZ covers most, the remaining unit comes from SH (better ranked than BJ)
        var route = WarehouseRouting.route(
                need("A", 4, "B", 2),
                stock("A", "SH-01", 1, "A", "GZ-01", 4, "B", "GZ-01", 1, "B", "SH-01", 1, "B", "BJ-01", 2),
                RANKED);
        assertThat(route)
                .hasValue(List.of(
                        new Allocation("A", "GZ-01", 4),
                        new Allocation("B", "GZ-01", 1),
                        new Allocation("B", "SH-01", 1)));
    }

    @Test
    void anOrderThatAllWarehousesTogetherCannotServeGetsNothing() {
        var route = WarehouseRouting.route(
                need("A", 5, "B", 1), stock("A", "SH-01", 2, "A", "GZ-01", 2, "B", "BJ-01", 9), RANKED);
        assertThat(route).isEmpty();
    }

    @Test
    void unrankedWarehousesAreNotUsedAndNegativeOrMissingStockCountsAsNone() {
        assertThat(WarehouseRouting.route(need("A", 1), stock("A", "XX-99", 10, "A", "SH-01", -3), RANKED))
                .isEmpty();
    }

    @Test
    void ordersRoutedOneAfterTheOtherNeverTakeMoreThanExists() {
        var available = stock("A", "SH-01", 2, "A", "GZ-01", 1);
        int served = 0;
        for (int i = 0; i < 10; i++) {
            var route = WarehouseRouting.route(need("A", 1), available, RANKED);
            if (route.isPresent()) {
                WarehouseRouting.consume(available, route.get());
                served++;
            }
        }
        assertThat(served).isEqualTo(3);
        assertThat(available.get("A")).containsEntry("SH-01", 0).containsEntry("GZ-01", 0);
    }
}
