package io.storeops.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.channels.ChannelOrder;
import io.storeops.shared.Money;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OrderJsonTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    ChannelOrder webhook(String body) {
        return OrderJson.WEBHOOK.read("WEBSHOP", JSON.readTree(body));
    }

    @Test
    void readsAFullOrderAndDerivesLineAmountsAndTheTotal() {
        ChannelOrder order = webhook("""
                {"externalId":"W-1","status":"PAID","createdAt":"2026-11-25T08:00:00Z",
                 "buyer":{"nick":"小王","name":"王小明","phone":"13800000000"},
                 "address":{"province":"广东省","city":"广州市","district":"天河区","detail":"体育西路1号"},
                 "lines":[{"skuCode":"A-1","quantity":3,"unitPrice":"59.90","discount":"10.00"},
                          {"skuCode":"B-1","quantity":1,"price":80}],
                 "shippingFee":"8.00"}""");
        assertThat(order.externalId()).isEqualTo("W-1");
        assertThat(order.status()).isEqualTo(ChannelOrder.Status.PAID);
        assertThat(order.address().city()).isEqualTo("广州市");
        assertThat(order.lines().get(0).amount()).isEqualTo(Money.of("169.70"));
        assertThat(order.lines().get(1).unitPrice()).isEqualTo(Money.of("80.00"));
        assertThat(order.total()).isEqualTo(Money.of("257.70"));
    }

    @Test
    void theMinimalWebhookOrderStillReads() {
        ChannelOrder order = webhook("{\"externalId\":\"W-2\",\"lines\":[{\"skuCode\":\"A-1\",\"quantity\":1}]}");
        assertThat(order.status()).isEqualTo(ChannelOrder.Status.PAID);
        assertThat(order.lines().getFirst().amount()).isNull();
        assertThat(order.total()).isNull();
        assertThat(order.buyer()).isNull();
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> webhook("{\"lines\":[{\"skuCode\":\"A\",\"quantity\":1}]}"))
                .isInstanceOfSatisfying(
                        OrderJson.Invalid.class, e -> assertThat(e.field()).isEqualTo("externalId"));
        assertThatThrownBy(() -> webhook("{\"externalId\":\"x\",\"lines\":[{\"skuCode\":\"A\",\"quantity\":1.5}]}"))
                .isInstanceOfSatisfying(
                        OrderJson.Invalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].quantity"));
        assertThatThrownBy(
                        () -> webhook(
                                "{\"externalId\":\"x\",\"lines\":[{\"skuCode\":\"A\",\"quantity\":1,\"unitPrice\":\"1.005\"}]}"))
                .isInstanceOfSatisfying(
                        OrderJson.Invalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].unitPrice"));
        assertThatThrownBy(() -> webhook(
                        "{\"externalId\":\"x\",\"status\":\"LOST\",\"lines\":[{\"skuCode\":\"A\",\"quantity\":1}]}"))
                .isInstanceOfSatisfying(
                        OrderJson.Invalid.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> webhook(
                        "{\"externalId\":\"x\",\"lines\":[{\"skuCode\":\"A\",\"quantity\":1,\"discount\":\"-1\"}]}"))
                .isInstanceOfSatisfying(
                        OrderJson.Invalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].discount"));
    }

    @Test
    void theMarketplaceFeedUsesItsOwnIdAndTotalNames() {
        ChannelOrder order = OrderJson.MARKETPLACE.read("TMALL", JSON.readTree("""
                        {"orderId":"TM1","status":"CANCELLED","totalAmount":"10.00",
                         "lines":[{"skuCode":"A","quantity":1,"unitPrice":"10.00","discount":"0.00","amount":"10.00"}]}"""));
        assertThat(order.externalId()).isEqualTo("TM1");
        assertThat(order.status()).isEqualTo(ChannelOrder.Status.CANCELLED);
        assertThat(order.total()).isEqualTo(Money.of("10.00"));
    }
}
