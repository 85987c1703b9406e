package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.orders.internal.HistoryRepository;
import io.storeops.orders.internal.HistoryRows;
import io.storeops.orders.internal.OrderRepository.Key;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The history import's checks and the rows it builds for an order's parts, without a database. */
class HistoryPartsTest {

    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant ORDERED = Instant.parse("2025-03-03T11:00:00Z");

    static HistoricalOrder returnedAndRefunded() {
        Instant shipped = ORDERED.plus(Duration.ofHours(10));
        Instant delivered = shipped.plus(Duration.ofHours(30));
        return new HistoricalOrder(
                "TMALL",
                " T-1 ",
                OrderStatus.REFUNDED,
                ORDERED,
                null,
                null,
                new HistoricalOrder.Buyer("nick", "name", "13300001000"),
                new HistoricalOrder.Address("江苏", "南京市", "鼓楼区", "中山路 100 号"),
                List.of(
                        new HistoricalOrder.Line("A-1", "one", 2, Money.of("50.00"), Money.of("10.00")),
                        new HistoricalOrder.Line("A-1", "two", 1, Money.of("50.00"), null)),
                Money.of("8.00"),
                "ALIPAY",
                new HistoricalOrder.Parcel("SH-01", "zto", "ZT123456", shipped, delivered, List.of()),
                new HistoricalOrder.Return(
                        null,
                        ReturnReason.DAMAGED,
                        "破损",
                        delivered.plusSeconds(60),
                        delivered.plusSeconds(7200),
                        false),
                new HistoricalOrder.Refund(
                        Money.of("140.00"), false, delivered.plusSeconds(60), delivered.plusSeconds(9000)));
    }

    @Test
    void aFieldErrorNamesTheOrderAndItsPart() {
        var validator = new HistoryValidator(NOW);
        validator.check(returnedAndRefunded(), 0);
        var o = returnedAndRefunded();
        var tooMuch = new HistoricalOrder(
                o.channel(),
                o.externalId(),
                o.status(),
                o.orderedAt(),
                o.paidAt(),
                o.cancelledAt(),
                o.buyer(),
                o.address(),
                o.lines(),
                o.shippingFee(),
                o.paymentMethod(),
                o.parcel(),
                o.returned(),
                new HistoricalOrder.Refund(
                        Money.of("148.01"),
                        false,
                        o.refund().requestedAt(),
                        o.refund().refundedAt()));
        assertThatThrownBy(() -> validator.check(tooMuch, 3))
                .isInstanceOf(FieldErrorException.class)
                .extracting(e -> ((FieldErrorException) e).field())
                .isEqualTo("orders[3].refund.amount");
        assertThatThrownBy(() -> new HistoryValidator(ORDERED.minusSeconds(1)).check(o, 1))
                .extracting(e -> ((FieldErrorException) e).field())
                .isEqualTo("orders[1].orderedAt");
    }

    @Test
    void anOrdersPartsBecomeRowsWithATimelineAtTheirHistoricalTimes() {
        var o = returnedAndRefunded();
        var row = OrderHistory.orderRow(o);
        assertThat(row.externalId()).isEqualTo("T-1");
        assertThat(row.total()).isEqualByComparingTo("148.00");
        assertThat(row.buyerPhone()).isEqualTo("+8613300001000");
        assertThat(row.updatedAt()).isEqualTo(o.refund().refundedAt());

        var builder = new HistoryRowsBuilder(JsonMapper.builder().build(), NOW, new long[] {7}, new long[] {9});
        builder.add(o, new HistoryRepository.Inserted(1, "SO1", new Key("TMALL", "T-1")));
        HistoryRows rows = builder.build();
        assertThat(rows.lines())
                .extracting(HistoryRows.Line::amount)
                .map(Object::toString)
                .containsExactly("90.00", "50.00");
        assertThat(rows.shipments()).singleElement().satisfies(s -> {
            assertThat(s.shipmentNo()).isEqualTo("SO1-1");
            assertThat(s.carrier()).isEqualTo("ZTO");
            assertThat(s.lastScanStatus()).isEqualTo("DELIVERED");
        });
        assertThat(rows.scans())
                .extracting(HistoryRows.Scan::eventKey)
                .containsExactly("history:ZTO:ZT123456:1", "history:ZTO:ZT123456:2");
        assertThat(rows.allocations())
                .singleElement()
                .extracting(HistoryRows.Allocation::quantity)
                .isEqualTo(3);
        assertThat(rows.returns()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ReturnView.Type.RETURN);
            assertThat(r.status()).isEqualTo(ReturnView.Status.CLOSED);
            assertThat(r.restockWarehouse()).isNull();
        });
        assertThat(rows.returnLines())
                .singleElement()
                .extracting(l -> l.amount().toString())
                .isEqualTo("140.00");
        assertThat(rows.refunds()).singleElement().satisfies(r -> {
            assertThat(r.returnId()).isEqualTo(9L);
            assertThat(r.reason()).isEqualTo("DAMAGED");
        });
        assertThat(rows.events())
                .extracting(HistoryRows.Event::type)
                .containsExactly(
                        "RECEIVED",
                        "APPROVED",
                        "SHIPPED",
                        "DELIVERED",
                        "RETURN_REQUESTED",
                        "RETURN_RECEIVED",
                        "REFUNDED");
    }
}
