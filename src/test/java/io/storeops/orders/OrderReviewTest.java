package io.storeops.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.channels.ChannelOrder;
import io.storeops.platform.MessageTexts;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderReviewTest {

    static final OrderReview.Blacklist NOBODY = new OrderReview.Blacklist(Set.of(), Set.of(), Set.of());

    static ChannelOrder order(String phone, ChannelOrder.Address address, String sku, String message) {
        return new ChannelOrder(
                "TMALL",
                "T-1",
                ChannelOrder.Status.PAID,
                null,
                null,
                new ChannelOrder.Buyer("小李", "李雷", phone),
                address,
                List.of(new ChannelOrder.Line(sku, null, null, 1, Money.of("100.00"), null, Money.of("100.00"))),
                null,
                Money.of("100.00"),
                null,
                message);
    }

    static final ChannelOrder.Address GOOD = new ChannelOrder.Address("浙江省", "杭州市", "西湖区", "文三路 90 号 3 幢 501");

    static List<HoldReason.Code> codes(ChannelOrder order, Money total, OrderReview.Context context) {
        return OrderReview.review(order, total, context).stream()
                .map(HoldReason::code)
                .toList();
    }

    static OrderReview.Context context(OrderReview.Blacklist blacklist, Map<String, OrderReview.BuyerHistory> history) {
        return new OrderReview.Context(ReviewSettings.DEFAULTS, Set.of("A-1"), blacklist, history);
    }

    @Test
    void aNormalOrderPasses() {
        assertThat(codes(order("13800138000", GOOD, "A-1", null), Money.of("100.00"), context(NOBODY, Map.of())))
                .isEmpty();
    }

    @Test
    void anIncompleteOrSuspiciousAddressIsHeld() {
        var incomplete = new ChannelOrder.Address("浙江省", "", "西湖区", "1号");
        assertThat(codes(order("13800138000", incomplete, "A-1", null), Money.of("100.00"), context(NOBODY, Map.of())))
                .containsExactly(HoldReason.Code.ADDRESS_INCOMPLETE);
        var test = new ChannelOrder.Address("浙江省", "杭州市", "西湖区", "测试地址 请勿发货 1 号");
        assertThat(codes(order("13800138000", test, "A-1", null), Money.of("100.00"), context(NOBODY, Map.of())))
                .containsExactly(HoldReason.Code.ADDRESS_SUSPICIOUS);
        assertThat(codes(order("12345", GOOD, "A-1", null), Money.of("100.00"), context(NOBODY, Map.of())))
                .containsExactly(HoldReason.Code.ADDRESS_SUSPICIOUS);
    }

    @Test
    void anAmountFarAboveTheBuyersUsualIsHeldAndExplained() {
        var history = Map.of("+8613800138000", new OrderReview.BuyerHistory(4, Money.of("80.00")));
        var reasons = OrderReview.review(
                order("13800138000", GOOD, "A-1", null), Money.of("400.01"), context(NOBODY, history));
        assertThat(reasons).extracting(HoldReason::code).containsExactly(HoldReason.Code.AMOUNT_UNUSUAL);
        assertThat(reasons.getFirst().message().code()).isEqualTo("orders.HOLD_AMOUNT_ABOVE_AVERAGE");
        assertThat(MessageTexts.loaded().text(reasons.getFirst().message(), Locale.ENGLISH))
                .contains("400.01")
                .contains("80.00");
        assertThat(codes(order("13800138000", GOOD, "A-1", null), Money.of("400.00"), context(NOBODY, history)))
                .isEmpty();
        // too little history: the first-order limit applies
        assertThat(codes(order("13900139000", GOOD, "A-1", null), Money.of("5000.01"), context(NOBODY, Map.of())))
                .containsExactly(HoldReason.Code.AMOUNT_UNUSUAL);
    }

    @Test
    void blacklistedBuyerPhoneOrAddressAndUnknownSkusAreHeld() {
        var blacklist =
                new OrderReview.Blacklist(Set.of("小李"), Set.of("+8613800138000"), Set.of("浙江省杭州市西湖区文三路90号3幢501"));
        assertThat(codes(order("13800138000", GOOD, "A-1", null), Money.of("100.00"), context(blacklist, Map.of())))
                .containsExactly(HoldReason.Code.BLACKLISTED, HoldReason.Code.BLACKLISTED, HoldReason.Code.BLACKLISTED);
        assertThat(codes(order("13800138000", GOOD, "NOPE-1", null), Money.of("100.00"), context(NOBODY, Map.of())))
                .containsExactly(HoldReason.Code.SKU_UNMAPPED);
    }

    @Test
    void aBuyerMessageIsHeldOnlyWhenTheTeamAsksForIt() {
        var order = order("13800138000", GOOD, "A-1", "请周末送货");
        assertThat(codes(order, Money.of("100.00"), context(NOBODY, Map.of()))).isEmpty();
        var settings = new ReviewSettings(true, List.of(), 3, new BigDecimal("5"), Money.of("5000.00"), true, 30);
        assertThat(codes(order, Money.of("100.00"), new OrderReview.Context(settings, Set.of("A-1"), NOBODY, Map.of())))
                .containsExactly(HoldReason.Code.BUYER_MESSAGE);
    }
}
