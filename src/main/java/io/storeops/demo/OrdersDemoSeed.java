package io.storeops.demo;

import io.storeops.orders.OrderRules;
import io.storeops.orders.OrderWarnings;
import io.storeops.orders.RoutingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Demo order rules: a routing table sending every province to its nearest warehouse first (华东 SH-01, 华南 GZ-01,
 * 华北 BJ-01) with parcel costs by distance, and stalled-parcel limits of 15 minutes — the demo's simulated carriers
 * scan every 20 seconds, so a parcel quiet for 15 minutes really is stuck. Live orders come from the simulated
 * marketplace's shops.
 */
@Component
class OrdersDemoSeed implements DemoSeed {

    private static final Map<String, List<String>> NEAREST_FIRST = new LinkedHashMap<>();

    static {
        List<String> east = List.of("SH-01", "GZ-01", "BJ-01");
        List<String> south = List.of("GZ-01", "SH-01", "BJ-01");
        List<String> north = List.of("BJ-01", "SH-01", "GZ-01");
        for (String p : List.of("上海", "江苏", "浙江", "安徽", "江西", "山东", "湖北", "河南")) {
            NEAREST_FIRST.put(p, east);
        }
        for (String p : List.of("广东", "广西", "海南", "福建", "湖南", "云南", "贵州", "四川", "重庆", "西藏")) {
            NEAREST_FIRST.put(p, south);
        }
        for (String p : List.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "陕西", "甘肃", "宁夏", "青海", "新疆")) {
            NEAREST_FIRST.put(p, north);
        }
    }

    private static final BigDecimal[] COSTS = {new BigDecimal("6.00"), new BigDecimal("9.00"), new BigDecimal("12.00")};

    private final OrderRules rules;
    private final OrderWarnings warnings;

    OrdersDemoSeed(OrderRules rules, OrderWarnings warnings) {
        this.rules = rules;
        this.warnings = warnings;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "order rules (routing table, stalled-parcel limits)";
    }

    @Override
    public void seed() {
        List<RoutingRule> table = new ArrayList<>();
        NEAREST_FIRST.forEach((province, warehouses) -> {
            for (int i = 0; i < warehouses.size(); i++) {
                table.add(new RoutingRule(province, warehouses.get(i), i + 1, COSTS[i]));
            }
        });
        rules.replaceRoutingRules(table);
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (String carrier : List.of("SF", "ZTO", "YTO", "STO", "YUNDA", "JD", "EMS")) {
            limits.put(carrier, 15);
        }
        warnings.updateCarrierSettings(limits);
    }
}
