package io.storeops.demo;

import io.storeops.orders.Allocation;
import io.storeops.orders.Fulfilment;
import io.storeops.orders.OrderQuery;
import io.storeops.orders.OrderStatus;
import io.storeops.orders.OrderSummary;
import io.storeops.orders.OrderView;
import io.storeops.orders.Orders;
import io.storeops.platform.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo store's simulated warehouse crew: a minute after an order is allocated it is picked, packed and each
 * warehouse's parcel handed to a carrier, so demo orders flow on to the marketplace and into tracking on their own.
 * Only in a demo store and only with {@code storeops.demo.auto-fulfil} on.
 */
@Component
class DemoWarehouse {

    private static final Logger log = LoggerFactory.getLogger(DemoWarehouse.class);
    private static final List<String> CARRIERS = List.of("SF", "ZTO", "YTO", "YUNDA", "JD");

    private final DemoStore store;
    private final DemoProperties properties;
    private final Orders orders;
    private final Fulfilment fulfilment;
    private final Clock clock;
    private final Random random = new Random();

    DemoWarehouse(DemoStore store, DemoProperties properties, Orders orders, Fulfilment fulfilment, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 60_000)
    void work() {
        if (!properties.autoFulfil() || !store.wanted()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-warehouse",
                null,
                Role.WAREHOUSE.permissions().stream()
                        .map(SimpleGrantedAuthority::new)
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            var ready = orders.search(
                    new OrderQuery(
                            OrderStatus.ALLOCATED,
                            null,
                            null,
                            null,
                            clock.instant().minus(Duration.ofMinutes(1)),
                            false,
                            null,
                            "orderedAt,asc"),
                    0,
                    20);
            for (OrderSummary summary : ready.items()) {
                try {
                    ship(summary.id());
                } catch (RuntimeException e) {
                    log.debug("Demo warehouse could not ship {}: {}", summary.orderNo(), e.getMessage());
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void ship(long orderId) {
        fulfilment.pick(orderId);
        fulfilment.pack(orderId);
        OrderView order = orders.get(orderId);
        Set<String> warehouses = new LinkedHashSet<>();
        order.allocations().stream().map(Allocation::warehouse).forEach(warehouses::add);
        for (String warehouse : warehouses) {
            String carrier = CARRIERS.get(random.nextInt(CARRIERS.size()));
            String trackingNo = carrier + (1_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
            fulfilment.ship(orderId, warehouse, carrier, trackingNo);
        }
    }
}
