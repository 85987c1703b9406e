package io.storeops.platform;

/**
 * The permission names checked on endpoints ({@code @PreAuthorize("hasAuthority('catalog:write')")}). Roles grant
 * them; see {@link Role}.
 */
public final class Permissions {

    public static final String CATALOG_READ = "catalog:read";
    public static final String CATALOG_WRITE = "catalog:write";
    public static final String PRICE_WRITE = "price:write";
    public static final String LISTING_WRITE = "listing:write";
    public static final String CHANNEL_ADMIN = "channel:admin";
    public static final String USER_ADMIN = "user:admin";
    public static final String AUDIT_READ = "audit:read";
    public static final String STOCK_READ = "stock:read";
    public static final String STOCK_WRITE = "stock:write";
    public static final String STOCK_ADMIN = "stock:admin";
    public static final String ORDER_READ = "order:read";
    public static final String ORDER_WRITE = "order:write";
    public static final String ORDER_ADMIN = "order:admin";
    public static final String REFUND_APPROVE = "refund:approve";
    public static final String PROMOTION_READ = "promotion:read";
    public static final String PROMOTION_WRITE = "promotion:write";
    public static final String PROMOTION_APPROVE = "promotion:approve";

    private Permissions() {}
}
