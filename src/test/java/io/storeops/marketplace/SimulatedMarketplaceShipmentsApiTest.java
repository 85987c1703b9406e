package io.storeops.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.marketplace.MarketplaceTrackingEvent.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Shipments, refunds and the carriers' tracking feed of the simulated marketplace over signed HTTP, in {@code sim-test}. */
@IntegrationTest
class SimulatedMarketplaceShipmentsApiTest {

    static final String SHOP = "sim-test";
    static final String API = "/sim/" + SHOP + "/api/v1";
    static final String LOGISTICS = API + "/logistics/events";

    @LocalServerPort
    int port;

    @Autowired
    SimulatedMarketplace marketplace;

    @Test
    void shipsAnOrderInPartsOnceEachAndTheOrderReappearsInTheFeed() {
        var client = client();
        String sku = ApiClient.unique("SHP-");
        var order = placeOrder(client, sku, 3, "50.00");
        String cursor = endOfFeed(client, API + "/orders", "orders");
        String shipmentId = ApiClient.unique("S-");
        String trackingNo = ApiClient.unique("SF");

        var first = client.post(shipments(order), shipment(shipmentId, "SF", trackingNo, sku, 2));
        var again = client.post(shipments(order), shipment(shipmentId, "SF", trackingNo, sku, 2));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode shipped = first.json();
        assertThat(shipped.get("shipmentId").asString()).isEqualTo(shipmentId);
        assertThat(shipped.get("orderId").asString()).isEqualTo(order.orderId());
        assertThat(shipped.get("carrier").asString()).isEqualTo("SF");
        assertThat(shipped.get("trackingNo").asString()).isEqualTo(trackingNo);
        assertThat(Instant.parse(shipped.get("acceptedAt").asString()))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("acceptedAt").asString())
                .isEqualTo(shipped.get("acceptedAt").asString());
        assertThat(marketplace.shipments(SHOP).stream()
                        .filter(s -> s.shipmentId().equals(shipmentId))
                        .toList())
                .singleElement()
                .satisfies(s -> assertThat(s.lines()).containsExactly(new MarketplaceShipment.Line(sku, 2)));

        var page = client.get(API + "/orders?cursor=" + cursor).json();
        assertThat(page.get("orders")).hasSize(1);
        assertThat(page.get("orders").get(0).get("orderId").asString()).isEqualTo(order.orderId());
        assertThat(page.get("orders").get(0).get("status").asString()).isEqualTo("PARTIALLY_SHIPPED");
        assertThat(page.get("orders").get(0).get("changeSeq").asLong()).isGreaterThan(order.changeSeq());

        var tooMuch =
                client.post(shipments(order), shipment(ApiClient.unique("S-"), "ZTO", ApiClient.unique("ZT"), sku, 2));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("exceeds-unshipped");
        var otherSku = client.post(
                shipments(order), shipment(ApiClient.unique("S-"), "ZTO", ApiClient.unique("ZT"), "NOT-IN-ORDER", 1));
        assertThat(otherSku.status()).isEqualTo(409);
        var sameTracking = client.post(shipments(order), shipment(ApiClient.unique("S-"), "SF", trackingNo, sku, 1));
        assertThat(sameTracking.status()).isEqualTo(409);
        assertThat(sameTracking.json().get("code").asString()).isEqualTo("tracking-no-taken");

        var rest = client.post(
                shipments(order), shipment(ApiClient.unique("S-"), "YUNDA", ApiClient.unique("YD"), sku, 1));
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(orderNow(order.orderId()).status()).isEqualTo(MarketplaceOrder.Status.SHIPPED);
        var nothingLeft = client.post(
                shipments(order),
                "{\"shipmentId\":\"%s\",\"carrier\":\"JD\",\"trackingNo\":\"%s\"}"
                        .formatted(ApiClient.unique("S-"), ApiClient.unique("JD")));
        assertThat(nothingLeft.status()).isEqualTo(409);

        assertThatThrownBy(() -> marketplace.cancelOrder(SHOP, order.orderId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already-shipped");
    }

    @Test
    void refusesShipmentsOfCancelledUnknownOrBadRequests() {
        var client = client();
        String sku = ApiClient.unique("SHP-");
        var order = placeOrder(client, sku, 1, null);
        marketplace.cancelOrder(SHOP, order.orderId());

        var cancelled =
                client.post(shipments(order), shipment(ApiClient.unique("S-"), "SF", ApiClient.unique("SF"), sku, 1));
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.json().get("code").asString()).isEqualTo("order-cancelled");

        var unknown = client.post(
                API + "/orders/NO-SUCH-ORDER/shipments",
                shipment(ApiClient.unique("S-"), "SF", ApiClient.unique("SF"), sku, 1));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("unknown-order");

        var badCarrier =
                client.post(shipments(order), shipment(ApiClient.unique("S-"), "DHL", ApiClient.unique("DH"), sku, 1));
        assertThat(badCarrier.status()).isEqualTo(400);
        assertThat(badCarrier.json().get("message").asString()).startsWith("carrier");
        var badTracking = client.post(shipments(order), shipment(ApiClient.unique("S-"), "SF", "x y", sku, 1));
        assertThat(badTracking.status()).isEqualTo(400);
        assertThat(badTracking.json().get("message").asString()).startsWith("trackingNo");
    }

    @Test
    void refundsUpToWhatWasPaidOnceEach() {
        var client = client();
        String sku = ApiClient.unique("RFD-");
        var order = placeOrder(client, sku, 2, "50.00");
        assertThat(order.totalAmount()).isEqualByComparingTo("100.00");
        String refundId = ApiClient.unique("R-");

        var first = client.post(refunds(order), refund(refundId, "\"59.90\""));
        var again = client.post(refunds(order), refund(refundId, "\"59.90\""));
        var tooMuch = client.post(refunds(order), refund(ApiClient.unique("R-"), "\"40.11\""));
        var rest = client.post(refunds(order), refund(ApiClient.unique("R-"), "40.1"));
        var nothingLeft = client.post(refunds(order), refund(ApiClient.unique("R-"), "\"0.01\""));
        var zero = client.post(refunds(order), refund(ApiClient.unique("R-"), "\"0\""));
        var unknown = client.post(API + "/orders/NO-SUCH-ORDER/refunds", refund(ApiClient.unique("R-"), "\"1.00\""));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("refundId").asString()).isEqualTo(refundId);
        assertThat(first.json().get("orderId").asString()).isEqualTo(order.orderId());
        assertThat(first.json().get("amount").asString()).isEqualTo("59.90");
        assertThat(first.json().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(first.json().hasNonNull("refundedAt")).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("refundedAt").asString())
                .isEqualTo(first.json().get("refundedAt").asString());
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("refund-exceeds-paid");
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(rest.json().get("amount").asString()).isEqualTo("40.10");
        assertThat(nothingLeft.status()).isEqualTo(409);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);

        assertThat(marketplace.refunds(SHOP).stream()
                        .filter(r -> r.orderId().equals(order.orderId()))
                        .map(MarketplaceRefund::amount)
                        .toList())
                .containsExactly(new BigDecimal("59.90"), new BigDecimal("40.10"));
        var refunded = orderNow(order.orderId());
        assertThat(refunded.refunds()).hasSize(2);
        assertThat(refunded.changeSeq()).isGreaterThan(order.changeSeq());
        JsonNode inFeed = findInFeed(client, order.orderId());
        assertThat(inFeed.get("refunds").get(0).get("refundId").asString()).isEqualTo(refundId);
        assertThat(inFeed.get("refunds").get(0).get("amount").asString()).isEqualTo("59.90");
        assertThat(inFeed.get("refunds").get(1).get("amount").asString()).isEqualTo("40.10");
        assertThat(inFeed.get("totalAmount").asString()).isEqualTo("100.00");
    }

    @Test
    void theCarrierScansEachParcelUntilDeliveredAndTheFeedPagesThem() {
        var client = client();
        String sku = ApiClient.unique("TRK-");
        var order = placeOrder(client, sku, 1, null);
        String cursor = endOfFeed(client, LOGISTICS, "events");
        String trackingNo = ApiClient.unique("ZTO");

        var shipped = client.post(shipments(order), shipment(ApiClient.unique("S-"), "ZTO", trackingNo, sku, 1));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);
        assertThat(marketplace.trackingEvents(SHOP, trackingNo))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(Status.ACCEPTED));

        var next = marketplace.advanceParcel(SHOP, trackingNo).orElseThrow();
        assertThat(next.status()).isEqualTo(Status.IN_TRANSIT);
        marketplace.stallParcel(SHOP, trackingNo);
        var rest = marketplace.deliverParcel(SHOP, trackingNo);
        assertThat(rest.getLast().status()).isEqualTo(Status.DELIVERED);
        assertThat(marketplace.advanceParcel(SHOP, trackingNo)).isEmpty();
        assertThat(marketplace.deliverParcel(SHOP, trackingNo)).isEmpty();
        assertThatThrownBy(() -> marketplace.advanceParcel(SHOP, "NO-SUCH-PARCEL"))
                .isInstanceOf(IllegalArgumentException.class);

        var events = new ArrayList<JsonNode>();
        while (true) {
            var page = client.get(LOGISTICS + "?cursor=" + cursor + "&limit=2");
            assertThat(page.status()).isEqualTo(200);
            var body = page.json();
            assertThat(body.get("events").size()).isLessThanOrEqualTo(2);
            body.get("events").forEach(events::add);
            cursor = body.get("nextCursor").asString();
            if (!body.get("hasMore").asBoolean()) {
                break;
            }
        }
        var parcel = events.stream()
                .filter(e -> e.get("trackingNo").asString().equals(trackingNo))
                .toList();
        List<String> statuses =
                parcel.stream().map(e -> e.get("status").asString()).toList();
        assertThat(statuses.getFirst()).isEqualTo("ACCEPTED");
        assertThat(statuses.subList(statuses.size() - 2, statuses.size()))
                .containsExactly("OUT_FOR_DELIVERY", "DELIVERED");
        assertThat(statuses.stream().filter("IN_TRANSIT"::equals).count()).isBetween(2L, 4L);
        assertThat(statuses)
                .hasSize(marketplace.trackingEvents(SHOP, trackingNo).size());
        for (int i = 0; i < parcel.size(); i++) {
            var event = parcel.get(i);
            assertThat(event.get("eventId").asString()).isNotBlank();
            assertThat(event.get("carrier").asString()).isEqualTo("ZTO");
            assertThat(event.get("orderId").asString()).isEqualTo(order.orderId());
            assertThat(event.get("location").asString()).isNotBlank();
            assertThat(event.get("description").asString()).isNotBlank();
            assertThat(event.hasNonNull("occurredAt")).isTrue();
            if (i > 0) {
                assertThat(event.get("changeSeq").asLong())
                        .isGreaterThan(parcel.get(i - 1).get("changeSeq").asLong());
            }
        }
        assertThat(parcel.get(2).get("description").asString()).contains("转运中心】");
        assertThat(client.get(LOGISTICS + "?cursor=" + cursor).json().get("events"))
                .isEmpty();
        assertThat(client.get(LOGISTICS + "?limit=0").status()).isEqualTo(400);
    }

    private MarketplaceOrder placeOrder(MarketplaceClient client, String sku, int quantity, String unitPrice) {
        var pushed = client.put(
                API + "/inventory",
                "{\"items\":[{\"skuCode\":\"%s\",\"quantity\":%d,\"sequence\":1}]}".formatted(sku, quantity));
        assertThat(pushed.status()).isEqualTo(200);
        return marketplace.placeOrder(
                SHOP,
                OrderRequest.of(new OrderRequest.Line(
                        sku, quantity, unitPrice == null ? null : new BigDecimal(unitPrice), null)));
    }

    private MarketplaceOrder orderNow(String orderId) {
        return marketplace.orders(SHOP).stream()
                .filter(o -> o.orderId().equals(orderId))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode findInFeed(MarketplaceClient client, String orderId) {
        String cursor = "0";
        JsonNode found = null;
        while (true) {
            var page =
                    client.get(API + "/orders?cursor=" + cursor + "&limit=100").json();
            for (JsonNode order : page.get("orders")) {
                if (order.get("orderId").asString().equals(orderId)) {
                    found = order;
                }
            }
            cursor = page.get("nextCursor").asString();
            if (!page.get("hasMore").asBoolean()) {
                return found;
            }
        }
    }

    private static String endOfFeed(MarketplaceClient client, String feed, String field) {
        String cursor = "0";
        while (true) {
            var page = client.get(feed + "?cursor=" + cursor + "&limit=100").json();
            assertThat(page.get(field)).isNotNull();
            cursor = page.get("nextCursor").asString();
            if (!page.get("hasMore").asBoolean()) {
                return cursor;
            }
        }
    }

    private static String shipments(MarketplaceOrder order) {
        return API + "/orders/" + order.orderId() + "/shipments";
    }

    private static String refunds(MarketplaceOrder order) {
        return API + "/orders/" + order.orderId() + "/refunds";
    }

    private static String shipment(String shipmentId, String carrier, String trackingNo, String sku, int quantity) {
        return "{\"shipmentId\":\"%s\",\"carrier\":\"%s\",\"trackingNo\":\"%s\",\"lines\":[{\"skuCode\":\"%s\",\"quantity\":%d}]}"
                .formatted(shipmentId, carrier, trackingNo, sku, quantity);
    }

    private static String refund(String refundId, String amount) {
        return "{\"refundId\":\"%s\",\"amount\":%s,\"reason\":\"买家拒收\"}".formatted(refundId, amount);
    }

    private MarketplaceClient client() {
        return new MarketplaceClient(port, marketplace.credentials(SHOP));
    }
}
