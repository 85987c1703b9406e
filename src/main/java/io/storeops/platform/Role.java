package io.storeops.platform;

import static io.storeops.platform.Permissions.*;

import java.util.Set;

/** The roles of an operations team and the permissions each one grants. */
public enum Role {
    ADMIN(
            CATALOG_READ,
            CATALOG_WRITE,
            PRICE_WRITE,
            LISTING_WRITE,
            CHANNEL_ADMIN,
            USER_ADMIN,
            AUDIT_READ,
            STOCK_READ,
            STOCK_WRITE,
            STOCK_ADMIN,
            ORDER_READ,
            ORDER_WRITE,
            ORDER_ADMIN,
            REFUND_APPROVE,
            PROMOTION_READ,
            PROMOTION_WRITE,
            PROMOTION_APPROVE),
    OPERATIONS(
            CATALOG_READ,
            CATALOG_WRITE,
            PRICE_WRITE,
            LISTING_WRITE,
            CHANNEL_ADMIN,
            AUDIT_READ,
            STOCK_READ,
            ORDER_READ,
            ORDER_WRITE,
            ORDER_ADMIN,
            REFUND_APPROVE,
            PROMOTION_READ,
            PROMOTION_WRITE),
    ANALYST(CATALOG_READ, AUDIT_READ, STOCK_READ, ORDER_READ, PROMOTION_READ),
    SERVICE_AGENT(CATALOG_READ, STOCK_READ, ORDER_READ, ORDER_WRITE, PROMOTION_READ),
    WAREHOUSE(CATALOG_READ, STOCK_READ, STOCK_WRITE, STOCK_ADMIN, ORDER_READ, ORDER_WRITE);

    private final Set<String> permissions;

    Role(String... permissions) {
        this.permissions = Set.of(permissions);
    }

    public Set<String> permissions() {
        return permissions;
    }
}
