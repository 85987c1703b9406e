package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.channels.ChannelAdapter.RefundPush;
import io.storeops.channels.ChannelAdapter.ShipmentPush;
import io.storeops.inventory.Allocations;
import io.storeops.inventory.Inventory;
import io.storeops.marketplace.Faults;
import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceRefund;
import io.storeops.marketplace.MarketplaceShipment;
import io.storeops.marketplace.MarketplaceTrackingEvent;
import io.storeops.marketplace.OrderRequest;
import io.storeops.marketplace.SimulatedMarketplace;
import io.storeops.shared.Money;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipments and refunds queued in a transaction reach the marketplace over HTTP exactly once, through failures and
 * lost answers; one the marketplace refuses for good ends FAILED instead of being retried for ever; carrier tracking
 * events are pulled into the inbox once each. JD is connected to the simulated shop {@code sim-console} in the console
 * for each test.
 */
@IntegrationTest
class OrderPushesTest {

    static final String SHOP = "sim-console";
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    OrderPushes pushes;

    @Autowired
    ChannelPulls pulls;

    @Autowired
    SimulatedMarketplace marketplace;

    @Autowired
    Inventory inventory;

    @Autowired
    Allocations allocations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void connect() {
        var saved = ApiClient.admin(port)
                .put(
                        "/api/v1/channels/connections/JD",
                        ChannelConnectionsApiTest.jdConnection("test-only-console-secret", null));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @AfterEach
    void disconnect() {
        marketplace.clearFaults(SHOP);
        ApiClient.admin(port).delete("/api/v1/channels/connections/JD");
    }

    /** An order of one piece of a SKU the shop holds, once the initial stock sync of the connection has reached it. */
    MarketplaceOrder placeOrder() {
        String sku = inventory.stockedSkuCodes().stream()
                .filter(s -> allocations.availableToSell(s).channels().getOrDefault("JD", 0) >= 3)
                .findFirst()
                .orElseThrow();
        await().atMost(WAIT)
                .until(() ->
                        marketplace.stock(SHOP, sku).map(s -> s.quantity() >= 1).orElse(false));
        return marketplace.placeOrder(SHOP, OrderRequest.of(OrderRequest.Line.of(sku, 1)));
    }

    static ShipmentPush shipmentOf(MarketplaceOrder order, String carrier) {
        var line = order.lines().getFirst();
        return new ShipmentPush(
                order.orderId(),
                ApiClient.unique("S-"),
                carrier,
                ApiClient.unique(carrier),
                List.of(new ShipmentPush.Line(line.skuCode(), line.quantity())));
    }

    List<MarketplaceShipment> shipped(String shipmentId) {
        return marketplace.shipments(SHOP).stream()
                .filter(s -> s.shipmentId().equals(shipmentId))
                .toList();
    }

    OrderPush push(OrderPushKind kind, String key) {
        return pushes.find("JD", kind, key).orElseThrow();
    }

    void enqueue(ShipmentPush push) {
        transactions.executeWithoutResult(
                status -> assertThat(pushes.enqueueShipment("JD", push)).isTrue());
    }

    @Test
    void aShipmentQueuedInATransactionReachesTheMarketplaceOnce() {
        var order = placeOrder();
        var push = shipmentOf(order, "SF");

        enqueue(push);
        Boolean again = transactions.execute(status -> pushes.enqueueShipment("JD", push));
        assertThat(again).isFalse();

        await().atMost(WAIT)
                .until(() -> push(OrderPushKind.SHIPMENT, push.shipmentId()).status() == OrderPush.Status.PUSHED);
        assertThat(shipped(push.shipmentId())).singleElement().satisfies(s -> {
            assertThat(s.orderId()).isEqualTo(order.orderId());
            assertThat(s.trackingNo()).isEqualTo(push.trackingNo());
            assertThat(s.carrier()).isEqualTo("SF");
            assertThat(s.lines())
                    .containsExactly(new MarketplaceShipment.Line(
                            order.lines().getFirst().skuCode(), 1));
        });
        assertThat(marketplace.orders(SHOP).stream()
                        .filter(o -> o.orderId().equals(order.orderId()))
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(MarketplaceOrder.Status.SHIPPED);
        assertThat(RecordedChannelEvents.PUSHED.stream()
                        .filter(e -> e.key().equals(push.shipmentId()))
                        .toList())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.channel()).isEqualTo("JD");
                    assertThat(e.kind()).isEqualTo(OrderPushKind.SHIPMENT);
                    assertThat(e.at()).isNotNull();
                });
    }

    @Test
    void aShipmentIsRetriedThroughFailuresAndLostAnswersAndStillShippedOnce() {
        var failing = shipmentOf(placeOrder(), "ZTO");
        marketplace.injectFaults(SHOP, Faults.failing(1.0, 11));
        enqueue(failing);
        await().atMost(WAIT)
                .until(() -> push(OrderPushKind.SHIPMENT, failing.shipmentId()).attempts() >= 2);
        var retrying = push(OrderPushKind.SHIPMENT, failing.shipmentId());
        assertThat(retrying.status()).isEqualTo(OrderPush.Status.PENDING);
        assertThat(retrying.lastError()).containsAnyOf("500", "503");
        assertThat(shipped(failing.shipmentId())).isEmpty();
        marketplace.clearFaults(SHOP);
        await().atMost(WAIT)
                .until(() -> push(OrderPushKind.SHIPMENT, failing.shipmentId()).status() == OrderPush.Status.PUSHED);
        assertThat(shipped(failing.shipmentId())).hasSize(1);

        // the marketplace ships but the answer is lost: the repeat is answered with the stored shipment
        var dropped = shipmentOf(placeOrder(), "YTO");
        marketplace.injectFaults(SHOP, Faults.dropping(1.0, 5));
        enqueue(dropped);
        await().atMost(WAIT)
                .until(() -> push(OrderPushKind.SHIPMENT, dropped.shipmentId()).attempts() >= 2);
        assertThat(shipped(dropped.shipmentId())).hasSize(1);
        marketplace.clearFaults(SHOP);
        await().atMost(WAIT)
                .until(() -> push(OrderPushKind.SHIPMENT, dropped.shipmentId()).status() == OrderPush.Status.PUSHED);
        assertThat(shipped(dropped.shipmentId())).hasSize(1);
        assertThat(RecordedChannelEvents.PUSHED.stream()
                        .filter(e -> e.key().equals(dropped.shipmentId()))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aRefundAboveWhatWasPaidFailsForGoodWhileOneWithinIsMade() {
        var order = placeOrder();
        String tooMuch = ApiClient.unique("R-");
        String within = ApiClient.unique("R-");
        var total = Money.of(order.totalAmount());

        transactions.executeWithoutResult(status -> {
            pushes.enqueueRefund("JD", new RefundPush(order.orderId(), tooMuch, total.plus(Money.of("1.00")), "超额退款"));
            pushes.enqueueRefund("JD", new RefundPush(order.orderId(), within, Money.of("0.50"), "运费补偿"));
        });

        await().atMost(WAIT)
                .until(() -> push(OrderPushKind.REFUND, tooMuch).status() == OrderPush.Status.FAILED
                        && push(OrderPushKind.REFUND, within).status() == OrderPush.Status.PUSHED);
        var failed = push(OrderPushKind.REFUND, tooMuch);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("409").contains("refund-exceeds-paid");
        assertThat(RecordedChannelEvents.FAILED.stream()
                        .filter(e -> e.key().equals(tooMuch))
                        .toList())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.channel()).isEqualTo("JD");
                    assertThat(e.kind()).isEqualTo(OrderPushKind.REFUND);
                    assertThat(e.error()).contains("refund-exceeds-paid");
                });
        assertThat(marketplace.refunds(SHOP).stream()
                        .filter(r -> r.orderId().equals(order.orderId()))
                        .map(MarketplaceRefund::refundId)
                        .toList())
                .containsExactly(within);

        // not retried afterwards
        await().pollDelay(Duration.ofMillis(500)).atMost(WAIT).until(() -> true);
        assertThat(push(OrderPushKind.REFUND, tooMuch).attempts()).isEqualTo(1);
        var status = ApiClient.admin(port).get("/api/v1/channels/sync-status").json();
        for (var channel : status) {
            if (channel.get("channel").asString().equals("JD")) {
                assertThat(channel.get("orderPushesFailed").asLong()).isGreaterThanOrEqualTo(1);
                assertThat(channel.has("orderPushesPending")).isTrue();
                assertThat(channel.has("orderPushesFailing")).isTrue();
            }
        }
    }

    @Test
    void trackingEventsOfAShippedParcelArePulledOnceEach() {
        var push = shipmentOf(placeOrder(), "JD");
        enqueue(push);
        await().atMost(WAIT).until(() -> shipped(push.shipmentId()).size() == 1);
        List<MarketplaceTrackingEvent> delivered = marketplace.deliverParcel(SHOP, push.trackingNo());
        assertThat(delivered.getLast().status()).isEqualTo(MarketplaceTrackingEvent.Status.DELIVERED);
        int scans = marketplace.trackingEvents(SHOP, push.trackingNo()).size();

        pulls.pull("JD", PullStatus.Stream.TRACKING);
        pulls.pull("JD", PullStatus.Stream.TRACKING);

        var rows = jdbc.sql("""
                        select external_id, status, order_external_id, carrier, description from channels.inbound_tracking
                        where channel_code = 'JD' and tracking_no = ? order by occurred_at, id""").param(push.trackingNo()).query().listOfRows();
        assertThat(rows).hasSize(scans);
        assertThat(rows.getFirst()).containsEntry("status", "ACCEPTED").containsEntry("carrier", "JD");
        assertThat(rows.getLast())
                .containsEntry("status", "DELIVERED")
                .containsEntry("order_external_id", push.orderExternalId());
        assertThat((String) rows.getLast().get("description")).contains("签收");
        assertThat(RecordedChannelEvents.TRACKING.stream()
                        .filter(e -> e.trackingNo().equals(push.trackingNo()))
                        .map(TrackingEventReceived::status)
                        .toList())
                .hasSize(scans)
                .startsWith("ACCEPTED")
                .endsWith("DELIVERED");
        var feeds = ApiClient.admin(port)
                .get("/api/v1/channels/connections/JD")
                .json()
                .get("pulls");
        assertThat(feeds.valueStream().map(f -> f.get("stream").asString())).contains("TRACKING");
    }

    @Test
    void aWebhookChannelReceivesShipmentsAndRefundsSigned() {
        var push = new ShipmentPush(
                ApiClient.unique("WEB-"),
                ApiClient.unique("S-"),
                "EMS",
                ApiClient.unique("EMS"),
                List.of(new ShipmentPush.Line("ANY-SKU", 2)));
        var refund = new RefundPush(push.orderExternalId(), ApiClient.unique("R-"), Money.of("12.30"), "破损");
        transactions.executeWithoutResult(status -> {
            pushes.enqueueShipment("WEBSHOP", push);
            pushes.enqueueRefund("WEBSHOP", refund);
        });

        await().atMost(WAIT)
                .until(() -> TestWebhookReceiver.ORDER_PUSHES.containsKey(push.shipmentId())
                        && TestWebhookReceiver.ORDER_PUSHES.containsKey(refund.refundId()));
        var shipment = TestWebhookReceiver.ORDER_PUSHES.get(push.shipmentId());
        assertThat(shipment.get("type").asString()).isEqualTo("shipment");
        assertThat(shipment.get("channel").asString()).isEqualTo("WEBSHOP");
        assertThat(shipment.get("orderExternalId").asString()).isEqualTo(push.orderExternalId());
        assertThat(shipment.get("trackingNo").asString()).isEqualTo(push.trackingNo());
        assertThat(shipment.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        var refunded = TestWebhookReceiver.ORDER_PUSHES.get(refund.refundId());
        assertThat(refunded.get("type").asString()).isEqualTo("refund");
        assertThat(refunded.get("amount").asString()).isEqualTo("12.30");
        await().atMost(WAIT)
                .until(() -> pushes.find("WEBSHOP", OrderPushKind.REFUND, refund.refundId())
                                .orElseThrow()
                                .status()
                        == OrderPush.Status.PUSHED);
    }
}
