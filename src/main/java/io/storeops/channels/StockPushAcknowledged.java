package io.storeops.channels;

import io.storeops.catalog.SkuCode;
import java.time.Duration;
import java.util.List;

/**
 * A marketplace acknowledged stock values of a channel. Each SKU carries its sync lag: from the commit of the first
 * stock change the marketplace did not have yet to this acknowledgement of a value that includes it.
 */
public record StockPushAcknowledged(String channel, List<Sku> skus) {

    public StockPushAcknowledged {
        skus = List.copyOf(skus);
    }

    /** One SKU's acknowledged push: the sequence the marketplace now holds and the lag of the change it delivered. */
    public record Sku(SkuCode skuCode, long sequence, Duration lag) {}
}
