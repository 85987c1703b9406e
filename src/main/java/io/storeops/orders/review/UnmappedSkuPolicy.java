package io.storeops.orders.review;

import io.storeops.channels.ChannelOrder;
import io.storeops.orders.HoldReason;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A line's SKU is not in the catalog, so it cannot be routed or reserved; the reason names every such SKU once. */
final class UnmappedSkuPolicy implements HoldPolicy {

    private final Set<String> knownSkus;

    UnmappedSkuPolicy(Set<String> knownSkus) {
        this.knownSkus = knownSkus;
    }

    @Override
    public Optional<HoldReason> check(OrderUnderReview order) {
        List<String> unknown = order.order().lines().stream()
                .map(ChannelOrder.Line::skuCode)
                .filter(sku -> !knownSkus.contains(sku))
                .distinct()
                .toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        String skus = String.join(", ", unknown);
        return Optional.of(new HoldReason(
                HoldReason.Code.SKU_UNMAPPED, "未匹配的 SKU：%s / SKUs not in the catalog: %s".formatted(skus, skus)));
    }
}
