package io.storeops.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Items, orders and reviews of the simulated marketplace over signed HTTP, in shop {@code sim-test}. */
@IntegrationTest
class SimulatedMarketplaceOrdersApiTest {

    static final String SHOP = "sim-test";
    static final String ITEMS = "/sim/" + SHOP + "/api/v1/items";
    static final String INVENTORY = "/sim/" + SHOP + "/api/v1/inventory";
    static final String ORDERS = "/sim/" + SHOP + "/api/v1/orders";
    static final String REVIEWS = "/sim/" + SHOP + "/api/v1/reviews";
    static final String BUYER_ORDERS = "/sim/" + SHOP + "/buyer/orders";
    static final String BUYER_REVIEWS = "/sim/" + SHOP + "/buyer/reviews";

    @LocalServerPort
    int port;

    @Autowired
    SimulatedMarketplace marketplace;

    @Test
    void storesPushedItemsAndIgnoresStaleSequences() {
        var client = client();
        String a = ApiClient.unique("ITM-A-");
        String b = ApiClient.unique("ITM-B-");

        var pushed = client.put(
                ITEMS,
                "{\"items\":[" + item(a, "\"129.00\"", "ONSALE", 123, a + "-11", a + "-12") + ","
                        + item(b, "15.5", "OFFSHELF", 1) + "]}");
        var stale = client.put(
                ITEMS, "{\"items\":[" + item(a, "\"1.00\"", "OFFSHELF", 122) + "," + item(b, "16", "ONSALE", 2) + "]}");
        var read = client.get(ITEMS + "?itemCodes=" + a + "," + b + ",NO-SUCH-ITEM");

        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.json().get("results").findValuesAsString("status")).containsExactly("applied", "applied");
        assertThat(stale.json().get("results").findValuesAsString("status")).containsExactly("stale", "applied");
        assertThat(stale.json().get("results").get(0).get("sequence").asLong()).isEqualTo(123);
        assertThat(read.status()).isEqualTo(200);
        var first = read.json().get("items").get(0);
        assertThat(first.get("itemCode").asString()).isEqualTo(a);
        assertThat(first.get("title").asString()).isEqualTo("Title of " + a);
        assertThat(first.get("price").isString()).isTrue();
        assertThat(first.get("price").asString()).isEqualTo("129.00");
        assertThat(first.get("status").asString()).isEqualTo("ONSALE");
        assertThat(first.get("skuCodes").get(0).asString()).isEqualTo(a + "-11");
        assertThat(first.get("skuCodes").get(1).asString()).isEqualTo(a + "-12");
        assertThat(first.get("sequence").asLong()).isEqualTo(123);
        assertThat(Instant.parse(first.get("updatedAt").asString()))
                .isBefore(Instant.now().plusSeconds(1));
        var second = read.json().get("items").get(1);
        assertThat(second.get("price").asString()).isEqualTo("16.00");
        assertThat(second.get("status").asString()).isEqualTo("ONSALE");
        assertThat(read.json().get("unknown").get(0).asString()).isEqualTo("NO-SUCH-ITEM");
        assertThat(marketplace.item(SHOP, a)).map(MarketplaceItem::sequence).contains(123L);
        assertThat(marketplace.item(SHOP, "NO-SUCH-ITEM")).isEmpty();
    }

    @Test
    void refusesBadItemsNamingTheField() {
        var client = client();
        String a = ApiClient.unique("ITM-");

        assertBadRequest(
                client.put(
                        ITEMS,
                        "{\"items\":[" + item(a, "1", "ONSALE", 1) + "," + item(a, "\"-1\"", "ONSALE", 1) + "]}"),
                "items[1].price");
        assertBadRequest(
                client.put(ITEMS, "{\"items\":[" + item(a, "\"1.234\"", "ONSALE", 1) + "]}"), "items[0].price");
        assertBadRequest(client.put(ITEMS, "{\"items\":[" + item(a, "\"abc\"", "ONSALE", 1) + "]}"), "items[0].price");
        assertBadRequest(client.put(ITEMS, "{\"items\":[" + item(a, "1", "SOLD", 1) + "]}"), "items[0].status");
        assertBadRequest(client.put(ITEMS, "{\"items\":[" + item(a, "1", "ONSALE", -1) + "]}"), "items[0].sequence");
        assertBadRequest(
                client.put(
                        ITEMS,
                        "{\"items\":[{\"itemCode\":\"" + a + "\",\"title\":\"t\",\"price\":1,\"status\":\"ONSALE\","
                                + "\"sequence\":\"soon\"}]}"),
                "items[0].sequence");
        assertBadRequest(client.put(ITEMS, "{\"items\":[]}"), "items");
        assertBadRequest(client.get(ITEMS + "?itemCodes=,"), "itemCodes");
        assertThat(marketplace.item(SHOP, a)).isEmpty();
    }

    @Test
    void placingAnOrderTakesStockAndOversellingIsRefused() {
        var client = client();
        String itemCode = ApiClient.unique("HOM-");
        String sku = itemCode + "-11";
        pushStock(client, sku, 3);
        client.put(ITEMS, "{\"items\":[" + item(itemCode, "\"129.00\"", "ONSALE", 1, sku) + "]}");

        var placed = client.post(BUYER_ORDERS, """
                {"lines":[{"skuCode":"%s","quantity":2,"unitPrice":"1.00"}],
                 "buyer":{"nick":"小猫爱吃鱼","name":"王芳","phone":"13812345678"},
                 "address":{"province":"浙江省","city":"杭州市","district":"西湖区","detail":"文化路123号4栋502"},
                 "buyerMessage":"请尽快发货"}""".formatted(sku));

        assertThat(placed.status()).isEqualTo(201);
        var order = placed.json();
        assertThat(order.get("orderId").asString()).matches("SIM\\d{8}\\d{6}");
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        assertThat(order.get("lines").get(0).get("itemCode").asString()).isEqualTo(itemCode);
        assertThat(order.get("lines").get(0).get("unitPrice").asString()).isEqualTo("129.00");
        assertThat(order.get("lines").get(0).get("discount").asString()).isEqualTo("0.00");
        assertThat(order.get("lines").get(0).get("amount").asString()).isEqualTo("258.00");
        assertThat(order.get("shippingFee").asString()).isEqualTo("0.00");
        assertThat(order.get("totalAmount").asString()).isEqualTo("258.00");
        assertThat(order.get("buyer").get("name").asString()).isEqualTo("王芳");
        assertThat(order.get("address").get("district").asString()).isEqualTo("西湖区");
        assertThat(order.get("buyerMessage").asString()).isEqualTo("请尽快发货");
        assertThat(order.get("paymentMethod").asString()).isEqualTo("ALIPAY");
        assertThat(order.get("changeSeq").asLong()).isPositive();
        assertThat(Instant.parse(order.get("paidAt").asString())).isNotNull();
        assertThat(stockOf(client, sku)).isEqualTo(1);
        assertThat(marketplace.stock(SHOP, sku)).map(ListingStock::sequence).contains(1L);

        var oversold = client.post(BUYER_ORDERS, lines(sku, 2));
        assertThat(oversold.status()).isEqualTo(409);
        assertThat(oversold.json().get("code").asString()).isEqualTo("insufficient-stock");
        var unknown = client.post(BUYER_ORDERS, lines(ApiClient.unique("NO-STOCK-"), 1));
        assertThat(unknown.status()).isEqualTo(409);
        assertBadRequest(client.post(BUYER_ORDERS, lines(sku, 0)), "lines[0].quantity");
        assertThat(stockOf(client, sku)).isEqualTo(1);
    }

    @Test
    void concurrentBuyersGetExactlyTheStock() throws Exception {
        var client = client();
        String sku = ApiClient.unique("HOT-");
        pushStock(client, sku, 10);
        var pool = Executors.newFixedThreadPool(32);
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 32; i++) {
            calls.add(() -> {
                start.await();
                return client.post(BUYER_ORDERS, lines(sku, 1)).status();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                statuses.add(future.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(10);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(22);
        assertThat(stockOf(client, sku)).isZero();
        assertThat(marketplace.orders(SHOP).stream()
                        .filter(o -> o.lines().getFirst().skuCode().equals(sku)))
                .hasSize(10);
    }

    @Test
    void pagesOrdersByCursorAndACancelledOrderReappears() {
        var client = client();
        String sku = ApiClient.unique("PAGE-");
        pushStock(client, sku, 10);
        String start = endOfFeed(client, ORDERS, "orders");
        var placed = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            placed.add(client.post(BUYER_ORDERS, lines(sku, 1))
                    .json()
                    .get("orderId")
                    .asString());
        }

        var first = client.get(ORDERS + "?cursor=" + start + "&limit=2").json();
        var second = client.get(ORDERS + "?cursor=" + first.get("nextCursor").asString() + "&limit=2")
                .json();

        assertThat(first.get("orders").findValuesAsString("orderId")).containsExactly(placed.get(0), placed.get(1));
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(first.get("nextCursor").isString()).isTrue();
        assertThat(first.get("nextCursor").asLong())
                .isEqualTo(first.get("orders").get(1).get("changeSeq").asLong());
        assertThat(second.get("orders").findValuesAsString("orderId")).containsExactly(placed.get(2));
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        String end = second.get("nextCursor").asString();
        var none = client.get(ORDERS + "?cursor=" + end).json();
        assertThat(none.get("orders")).isEmpty();
        assertThat(none.get("nextCursor").asString()).isEqualTo(end);
        assertThat(none.get("hasMore").asBoolean()).isFalse();
        assertThat(stockOf(client, sku)).isEqualTo(7);

        var cancelled = client.post(BUYER_ORDERS + "/" + placed.get(0) + "/cancel", "");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(stockOf(client, sku)).isEqualTo(8);
        var after = client.get(ORDERS + "?cursor=" + end).json();
        assertThat(after.get("orders").findValuesAsString("orderId")).containsExactly(placed.get(0));
        assertThat(after.get("orders").get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(after.get("orders").get(0).get("changeSeq").asLong()).isGreaterThan(Long.parseLong(end));
        var again = client.get(ORDERS + "?cursor=" + start + "&limit=100").json();
        assertThat(again.get("orders").findValuesAsString("orderId"))
                .containsExactly(placed.get(1), placed.get(2), placed.get(0));

        assertThat(client.post(BUYER_ORDERS + "/" + placed.get(0) + "/cancel", "")
                        .status())
                .isEqualTo(409);
        assertThat(client.post(BUYER_ORDERS + "/NO-SUCH-ORDER/cancel", "").status())
                .isEqualTo(404);
        assertBadRequest(client.get(ORDERS + "?limit=101"), "limit");
        assertBadRequest(client.get(ORDERS + "?cursor=-1"), "cursor");
    }

    @Test
    void pagesReviews() {
        var client = client();
        String sku = ApiClient.unique("REV-");
        pushStock(client, sku, 5);
        String orderId =
                client.post(BUYER_ORDERS, lines(sku, 1)).json().get("orderId").asString();
        String start = endOfFeed(client, REVIEWS, "reviews");

        var posted = new ArrayList<JsonNode>();
        for (int rating : new int[] {5, 2, 4}) {
            var response = client.post(
                    BUYER_REVIEWS,
                    "{\"orderId\":\"%s\",\"skuCode\":\"%s\",\"rating\":%d,\"content\":\"物流很快，包装完好 %d\"}"
                            .formatted(orderId, sku, rating, rating));
            assertThat(response.status()).isEqualTo(201);
            posted.add(response.json());
        }
        var first = client.get(REVIEWS + "?cursor=" + start + "&limit=2").json();
        var second = client.get(REVIEWS + "?cursor=" + first.get("nextCursor").asString())
                .json();

        assertThat(posted.getFirst().get("itemCode").asString()).isEqualTo(sku.substring(0, sku.lastIndexOf('-')));
        assertThat(posted.getFirst().get("reviewId").asString()).isNotBlank();
        assertThat(first.get("reviews").findValuesAsString("reviewId"))
                .containsExactly(
                        posted.get(0).get("reviewId").asString(),
                        posted.get(1).get("reviewId").asString());
        assertThat(first.get("reviews").get(1).get("rating").asInt()).isEqualTo(2);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(second.get("reviews").findValuesAsString("reviewId"))
                .containsExactly(posted.get(2).get("reviewId").asString());
        assertThat(second.get("hasMore").asBoolean()).isFalse();

        assertThat(client.post(BUYER_REVIEWS, review("NO-SUCH-ORDER", sku, 5)).status())
                .isEqualTo(404);
        assertBadRequest(client.post(BUYER_REVIEWS, review(orderId, "OTHER-SKU", 5)), "skuCode");
        assertBadRequest(client.post(BUYER_REVIEWS, review(orderId, sku, 6)), "rating");
        assertThat(marketplace.reviews(SHOP))
                .extracting(MarketplaceReview::orderId)
                .contains(orderId);
    }

    @Test
    void theJavaHandleActsAsTheShopsBuyers() {
        String sku = ApiClient.unique("HANDLE-");
        pushStock(client(), sku, 2);

        var order = marketplace.placeOrder(SHOP, OrderRequest.of(OrderRequest.Line.of(sku, 2)));

        assertThat(order.buyer().phone()).matches("1[358]\\d{9}");
        assertThat(order.address().district()).isNotBlank();
        assertThat(marketplace.stock(SHOP, sku)).map(ListingStock::quantity).contains(0L);
        assertThatThrownBy(() -> marketplace.placeOrder(SHOP, OrderRequest.of(OrderRequest.Line.of(sku, 1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("insufficient-stock");
        var review = marketplace.postReview(SHOP, new ReviewRequest(order.orderId(), sku, 4, "还不错"));
        assertThat(review.rating()).isEqualTo(4);
        assertThat(marketplace.cancelOrder(SHOP, order.orderId()).status())
                .isEqualTo(MarketplaceOrder.Status.CANCELLED);
        assertThat(marketplace.stock(SHOP, sku)).map(ListingStock::quantity).contains(2L);
        assertThat(marketplace.orders(SHOP).getLast().orderId()).isEqualTo(order.orderId());
        assertThatThrownBy(() -> marketplace.cancelOrder(SHOP, order.orderId()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesUnsignedCalls() {
        var client = client();
        String sku = ApiClient.unique("UNSIGNED-");
        pushStock(client, sku, 5);

        var order = client.send("POST", BUYER_ORDERS, lines(sku, 1), Instant.now(), "wrong-secret");
        var feed = client.send("GET", ORDERS, "", Instant.now(), "wrong-secret");
        var items = client.send("PUT", ITEMS, "{\"items\":[]}", Instant.now(), "wrong-secret");
        var reviews = client.send("GET", REVIEWS, "", Instant.now(), "wrong-secret");

        assertThat(List.of(order.status(), feed.status(), items.status(), reviews.status()))
                .containsOnly(401);
        assertThat(order.json().get("code").asString()).isEqualTo("invalid-signature");
        assertThat(stockOf(client, sku)).isEqualTo(5);
    }

    /** The cursor after every order or review the shop has so far, whatever other tests left there. */
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

    private static void assertBadRequest(MarketplaceClient.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-request");
        assertThat(response.json().get("message").asString()).startsWith(field);
    }

    private static void pushStock(MarketplaceClient client, String sku, long quantity) {
        var pushed = client.put(
                INVENTORY,
                "{\"items\":[{\"skuCode\":\"%s\",\"quantity\":%d,\"sequence\":1}]}".formatted(sku, quantity));
        assertThat(pushed.status()).isEqualTo(200);
    }

    private static long stockOf(MarketplaceClient client, String sku) {
        return client.get(INVENTORY + "?skuCodes=" + sku)
                .json()
                .get("items")
                .get(0)
                .get("quantity")
                .asLong();
    }

    private static String item(String code, String price, String status, long sequence, String... skus) {
        var skuList = new ArrayList<String>();
        for (var sku : skus) {
            skuList.add("\"" + sku + "\"");
        }
        return "{\"itemCode\":\"%s\",\"title\":\"Title of %s\",\"price\":%s,\"status\":\"%s\",\"skuCodes\":[%s],\"sequence\":%d}"
                .formatted(code, code, price, status, String.join(",", skuList), sequence);
    }

    private static String lines(String sku, int quantity) {
        return "{\"lines\":[{\"skuCode\":\"%s\",\"quantity\":%d}]}".formatted(sku, quantity);
    }

    private static String review(String orderId, String sku, int rating) {
        return "{\"orderId\":\"%s\",\"skuCode\":\"%s\",\"rating\":%d,\"content\":\"好评\"}"
                .formatted(orderId, sku, rating);
    }

    private MarketplaceClient client() {
        return new MarketplaceClient(port, marketplace.credentials(SHOP));
    }
}
