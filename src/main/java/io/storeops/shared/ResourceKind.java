package io.storeops.shared;

import java.util.Locale;

/**
 * What a {@link NotFoundException} looked for, as a message the console translates ({@code shared.KIND_ORDER}) and as
 * the API's word for it ({@code order}), which API clients read from the problem's {@code kind}.
 */
public enum ResourceKind implements MessageCode {
    API_TOKEN,
    BLACKLIST_ENTRY,
    CAMPAIGN,
    CAMPAIGN_TASK,
    CATEGORY,
    CHANNEL,
    CHANNEL_CONNECTION,
    CONNECTED_CHANNEL,
    COUPON,
    COUPON_TEMPLATE,
    IMPORT_JOB,
    LISTING,
    OPEN_WARNING,
    ORDER,
    PARCEL,
    PRODUCT,
    PROMOTION,
    REFUND,
    RETURN,
    SAFETY_STOCK,
    SHIPMENT,
    SKU,
    UNACKNOWLEDGED_ALERT,
    USER,
    WAREHOUSE,
    WEBHOOK_CHANNEL;

    /** {@code shared.KIND_ORDER} for {@link #ORDER}. */
    @Override
    public String code() {
        return "shared.KIND_" + name();
    }

    /** The API's word: {@code order}, {@code import-job}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
