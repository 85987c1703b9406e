package io.storeops.orders.review;

import io.storeops.channels.ChannelOrder;
import io.storeops.orders.HoldReason;
import io.storeops.orders.OrderMessage;
import io.storeops.shared.Message;
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
        return Optional.of(new HoldReason(
                HoldReason.Code.SKU_UNMAPPED,
                Message.of(OrderMessage.HOLD_SKU_UNMAPPED, "skus", String.join(", ", unknown))));
    }
}
