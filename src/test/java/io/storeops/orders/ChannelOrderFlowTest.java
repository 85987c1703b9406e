package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.ModuleSliceTest;
import io.storeops.channels.ChannelOrder;
import io.storeops.channels.InboundOrders;
import io.storeops.inventory.StockedSkus;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.Scenario;

/**
 * Orders as a module slice (with channels, inventory, catalog and platform): an order a channel delivers reaches the
 * orders module through the event registry, is allocated and reserves its stock in inventory; a cancellation the
 * channel delivers gives the stock back.
 */
@ModuleSliceTest
class ChannelOrderFlowTest {

    private final InboundOrders inbox;
    private final OrderIngestion ingestion;
    private final StockedSkus skus;

    ChannelOrderFlowTest(InboundOrders inbox, OrderIngestion ingestion, StockedSkus skus) {
        this.inbox = inbox;
        this.ingestion = ingestion;
        this.skus = skus;
    }

    @Test
    void anOrderDeliveredByAChannelIsAllocatedAndReservesItsStock(Scenario scenario) {
        String sku = skus.create(5);

        scenario.stimulate(() -> inbox.accept(paidOrder(sku, 2)))
                .andWaitForStateChange(() -> skus.reserved(sku), reserved -> reserved == 2)
                .andExpect(OrderAllocated.class)
                .matching(allocated -> allocated.allocations().stream()
                        .anyMatch(a -> a.skuCode().equals(sku)))
                .toArriveAndVerify(allocated -> assertThat(allocated.allocations())
                        .containsExactly(new Allocation(sku, StockedSkus.WAREHOUSE, 2)));
    }

    @Test
    void aCancellationDeliveredByTheChannelGivesTheReservedStockBack(Scenario scenario) {
        String sku = skus.create(5);
        ChannelOrder paid = paidOrder(sku, 2);
        var stored = ingestion.ingest(List.of(paid), "API").getFirst();
        assertThat(stored.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(skus.reserved(sku)).isEqualTo(2);

        scenario.stimulate(() -> inbox.accept(cancelled(paid)))
                .andWaitForStateChange(() -> skus.reserved(sku), reserved -> reserved == 0)
                .andExpect(OrderCancelled.class)
                .matching(cancelled -> cancelled.orderNo().equals(stored.orderNo()))
                .toArriveAndVerify(
                        cancelled -> assertThat(cancelled.stockReleased()).isTrue());
    }

    private static ChannelOrder paidOrder(String sku, int quantity) {
        Money unitPrice = Money.of("49.90");
        Money amount = unitPrice.times(BigDecimal.valueOf(quantity));
        Instant now = Instant.now();
        return new ChannelOrder(
                "TMALL",
                ApiClient.unique("SLICE-"),
                ChannelOrder.Status.PAID,
                now,
                now,
                new ChannelOrder.Buyer("slice-buyer", "测试买家", OrderFixtures.phone()),
                new ChannelOrder.Address(StockedSkus.PROVINCE, "杭州市", "西湖区", "文三路 90 号 1 栋 502"),
                List.of(new ChannelOrder.Line(sku, null, "纯棉毛巾", quantity, unitPrice, Money.ZERO, amount)),
                Money.ZERO,
                amount,
                "ALIPAY",
                null);
    }

    private static ChannelOrder cancelled(ChannelOrder order) {
        return new ChannelOrder(
                order.channel(),
                order.externalId(),
                ChannelOrder.Status.CANCELLED,
                order.createdAt(),
                order.paidAt(),
                order.buyer(),
                order.address(),
                order.lines(),
                order.shippingFee(),
                order.total(),
                order.paymentMethod(),
                order.buyerMessage());
    }
}
