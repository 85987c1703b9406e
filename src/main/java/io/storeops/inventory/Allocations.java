package io.storeops.inventory;

import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.storeops.inventory.internal.AllocationRepository;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per channel, how much of the shared stock it may promise, and the resulting available-to-sell of a SKU. */
@Service
public class Allocations {

    private final AllocationRepository allocations;
    private final Channels channels;
    private final Inventory inventory;
    private final AuditLog audit;

    Allocations(AllocationRepository allocations, Channels channels, Inventory inventory, AuditLog audit) {
        this.allocations = allocations;
        this.channels = channels;
        this.inventory = inventory;
        this.audit = audit;
    }

    /** The allocation of every channel; unconfigured channels may promise everything available. */
    @Transactional(readOnly = true)
    public List<ChannelAllocation> list() {
        Map<String, ChannelAllocation> configured = allocations.findAll().stream()
                .collect(Collectors.toMap(ChannelAllocation::channel, Function.identity()));
        return channels.list().stream()
                .map(ChannelView::code)
                .map(code -> configured.getOrDefault(code, ChannelAllocation.unrestricted(code)))
                .toList();
    }

    @Transactional
    public ChannelAllocation update(ChannelAllocation allocation) {
        if (channels.list().stream().noneMatch(c -> c.code().equals(allocation.channel()))) {
            throw new NotFoundException(ResourceKind.CHANNEL, allocation.channel());
        }
        if (!allocation.valid()) {
            throw new FieldErrorException("value", Message.of(InventoryMessage.BUFFER_OUT_OF_RANGE));
        }
        ChannelAllocation before = list().stream()
                .filter(a -> a.channel().equals(allocation.channel()))
                .findFirst()
                .orElseThrow();
        allocations.save(allocation);
        audit.record(
                AuditAction.UPDATE,
                "channel-allocation",
                allocation.channel(),
                "Allocation of " + allocation.channel() + ": " + allocation.mode() + " "
                        + allocation.value().toPlainString(),
                before,
                allocation);
        return allocation;
    }

    /** The SKU's total available and what each channel may sell of it. */
    @Transactional(readOnly = true)
    public AvailableToSell availableToSell(String skuCode) {
        int available = inventory.available(List.of(skuCode)).getOrDefault(skuCode, 0);
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        list().forEach(a -> byChannel.put(a.channel(), a.availableToSell(available)));
        return new AvailableToSell(skuCode, available, byChannel);
    }

    /** Available-to-sell of many SKUs at once: SKU → channel → units. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Integer>> availableToSell(Collection<String> skuCodes) {
        Map<String, Integer> available = inventory.available(List.copyOf(skuCodes));
        List<ChannelAllocation> all = list();
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        for (String sku : skuCodes) {
            int units = available.getOrDefault(sku, 0);
            Map<String, Integer> byChannel = new LinkedHashMap<>();
            all.forEach(a -> byChannel.put(a.channel(), a.availableToSell(units)));
            result.put(sku, byChannel);
        }
        return result;
    }

    /** A SKU's available stock over all warehouses and the part each channel may promise. */
    public record AvailableToSell(String skuCode, int available, Map<String, Integer> channels) {}
}
