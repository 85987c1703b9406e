package io.storeops.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.channels.internal.InboundOrderRepository;
import io.storeops.platform.MessageTexts;
import io.storeops.platform.WebhookSignature;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10 §5 for orders that channels deliver: a webhook order with a time before 2000 or more than a day ahead is a
 * 400 naming the field and is not stored; a pulled order that is malformed or fails the same checks does not stop the
 * pull — it is kept with its reason and counted, and the good orders of the page are taken in.
 */
@IntegrationTest
class ChannelOrderChecksTest {

    @LocalServerPort
    int port;

    @Autowired
    ChannelPulls pulls;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InboundOrderRepository inboundOrders;

    HttpResponse<String> webhook(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis());
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hooks/WEBSHOP/orders"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(
                        WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(TestWebhookReceiver.SECRET, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    long inbox(String channel, String externalId) {
        return jdbc.sql("select count(*) from channels.inbound_orders where channel_code = ? and external_id = ?")
                .params(channel, externalId)
                .query(Long.class)
                .single();
    }

    @Test
    void aWebhookOrderOutOfTimeIsRefusedNamingTheField() throws Exception {
        for (String at : List.of(
                "1999-06-01T00:00:00Z", Instant.now().plus(Duration.ofDays(2)).toString())) {
            String id = ApiClient.unique("WS-");
            var response = webhook("""
                    {"externalId":"%s","createdAt":"%s","buyer":{"name":"张三","phone":"13800000000"},
                     "lines":[{"skuCode":"HOM-BED-001-11","quantity":1,"price":279.00}]}""".formatted(id, at));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(ApiClient.json()
                            .readTree(response.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .isEqualTo("createdAt");
            assertThat(ApiClient.json()
                            .readTree(response.body())
                            .get("errors")
                            .get(0)
                            .get("message")
                            .asString())
                    .isEqualTo("must be between 2000-01-01 and one day from now: " + Instant.parse(at));
            assertThat(inbox("WEBSHOP", id)).isZero();
        }
    }

    @Test
    void aBadPulledOrderIsKeptWithItsReasonAndTheRestOfThePageIsTakenIn() {
        String channel = CatalogFixtures.channel(ApiClient.admin(port), "PULL_");
        String good = ApiClient.unique("P-");
        String tooOld = ApiClient.unique("P-");
        String negative = ApiClient.unique("P-");
        String malformed = ApiClient.unique("P-");
        var page = new ChannelAdapter.Page<>(
                List.of(
                        order(channel, good, Instant.now(), Money.of("10.00")),
                        order(channel, tooOld, Instant.parse("1990-01-01T00:00:00Z"), Money.of("10.00")),
                        order(channel, negative, Instant.now(), Money.of("-5.00"))),
                "after-page-1",
                false,
                List.of(new RejectedOrder(
                        channel,
                        malformed,
                        RejectedOrder.reason(List.of(new FieldErrorException.Error(
                                "lines[0].quantity", Message.of(ChannelMessage.QUANTITY_NOT_POSITIVE)))),
                        "{}")));

        Integer fresh = transactions.execute(s -> pulls.storePage(channel, PullStatus.Stream.ORDERS, page));

        assertThat(fresh).isEqualTo(1);
        assertThat(inbox(channel, good)).isEqualTo(1);
        assertThat(inbox(channel, tooOld) + inbox(channel, negative) + inbox(channel, malformed))
                .isZero();
        assertThat(jdbc.sql("select count(*) from channels.rejected_orders where channel_code = ?")
                        .param(channel)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(english(inboundOrders.rejectionReason(channel, tooOld).orElseThrow()))
                .startsWith("order not taken in: createdAt: must be between 2000-01-01 and one day from now");
        assertThat(english(inboundOrders.rejectionReason(channel, negative).orElseThrow()))
                .isEqualTo("order not taken in: total: must not be negative: -5.00");
        var malformedReason = inboundOrders.rejectionReason(channel, malformed).orElseThrow();
        assertThat(malformedReason.code()).isEqualTo("channels.ORDER_REJECTED");
        assertThat(english(malformedReason))
                .isEqualTo("order not taken in: lines[0].quantity: must be a positive whole number");
        assertThat(jdbc.sql("select rejected from channels.pull_cursors where channel_code = ? and stream = 'ORDERS'")
                        .param(channel)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aReasonStoredAsTextBeforeCodesIsReadAsLegacyText() {
        String externalId = ApiClient.unique("OLD-");
        jdbc.sql("""
                        insert into channels.rejected_orders (channel_code, external_id, reason, payload)
                        values ('JD', ?, 'total: 不能为负 / must not be negative', '{}')""").param(externalId).update();

        var reason = inboundOrders.rejectionReason("JD", externalId).orElseThrow();

        assertThat(reason.code()).isEqualTo("channels.LEGACY_TEXT");
        assertThat(english(reason)).isEqualTo("total: 不能为负 / must not be negative");
    }

    static String english(Message message) {
        return MessageTexts.loaded().text(message, Locale.ENGLISH);
    }

    static ChannelOrder order(String channel, String externalId, Instant createdAt, Money total) {
        return new ChannelOrder(
                channel,
                externalId,
                ChannelOrder.Status.PAID,
                createdAt,
                createdAt,
                new ChannelOrder.Buyer("nick", "李四", "13900001111"),
                new ChannelOrder.Address("上海", "上海市", "浦东新区", "世纪大道 100 号"),
                List.of(new ChannelOrder.Line(
                        "HOM-BED-001-11", null, "四件套", 1, Money.of("10.00"), null, Money.of("10.00"))),
                null,
                total,
                null,
                null);
    }
}
