package io.storeops.orders.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.channels.ChannelOrder;
import io.storeops.orders.HoldReason;
import io.storeops.orders.ReviewSettings;
import io.storeops.platform.MessageTexts;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HoldPolicyTest {

    static final ChannelOrder.Address GOOD = new ChannelOrder.Address("浙江省", "杭州市", "西湖区", "文三路 90 号 3 幢 501");
    static final String GOOD_ADDRESS = "浙江省杭州市西湖区文三路90号3幢501";
    static final String PHONE = "+8613800138000";

    static ChannelOrder order(ChannelOrder.Address address, String sku, String message) {
        return new ChannelOrder(
                "TMALL",
                "T-1",
                ChannelOrder.Status.PAID,
                null,
                null,
                new ChannelOrder.Buyer("小李", "李雷", "13800138000"),
                address,
                List.of(new ChannelOrder.Line(sku, null, null, 1, Money.of("100.00"), null, Money.of("100.00"))),
                null,
                Money.of("100.00"),
                null,
                message);
    }

    static OrderUnderReview normal() {
        return new OrderUnderReview(order(GOOD, "A-1", null), Money.of("100.00"), PHONE, GOOD_ADDRESS, 0, null);
    }

    static Optional<String> message(HoldPolicy policy, OrderUnderReview order) {
        return policy.check(order).map(r -> MessageTexts.loaded().text(r.message(), Locale.ENGLISH));
    }

    @Test
    void anAddressWithoutCityOrWithAShortStreetIsIncomplete() {
        var policy = new IncompleteAddressPolicy();
        assertThat(policy.check(normal())).isEmpty();
        var noCity = order(new ChannelOrder.Address("浙江省", "", "西湖区", "文三路 90 号"), "A-1", null);
        assertThat(policy.check(new OrderUnderReview(noCity, Money.of("1.00"), PHONE, "浙江省西湖区文三路90号", 0, null)))
                .map(HoldReason::code)
                .contains(HoldReason.Code.ADDRESS_INCOMPLETE);
        var shortStreet = order(new ChannelOrder.Address("浙江省", "杭州市", "西湖区", "1号"), "A-1", null);
        assertThat(policy.check(new OrderUnderReview(shortStreet, Money.of("1.00"), PHONE, "浙江省杭州市西湖区1号", 0, null)))
                .isPresent();
        var none = order(null, "A-1", null);
        assertThat(policy.check(new OrderUnderReview(none, Money.of("1.00"), PHONE, "", 0, null)))
                .isPresent();
    }

    @Test
    void anAddressWithASuspiciousWordNamesTheWordIgnoringCase() {
        var policy = new SuspiciousWordPolicy(List.of("", "test", "自提"));
        assertThat(policy.check(normal())).isEmpty();
        var order = new OrderUnderReview(order(GOOD, "A-1", null), Money.of("1.00"), PHONE, "浙江省TEST路", 0, null);
        assertThat(message(policy, order)).contains("the address contains the suspicious word \"test\"");
    }

    @Test
    void aMissingOrNonMobilePhoneIsSuspicious() {
        var policy = new InvalidPhonePolicy();
        assertThat(policy.check(normal())).isEmpty();
        var none = new OrderUnderReview(order(GOOD, "A-1", null), Money.of("1.00"), null, GOOD_ADDRESS, 0, null);
        assertThat(message(policy, none)).contains("the phone number is not a valid mobile number: (none)");
        var masked =
                new OrderUnderReview(order(GOOD, "A-1", null), Money.of("1.00"), "138****8000", GOOD_ADDRESS, 0, null);
        assertThat(policy.check(masked)).map(HoldReason::code).contains(HoldReason.Code.ADDRESS_SUSPICIOUS);
    }

    @Test
    void anAmountAboveTheFactorOfTheBuyersAverageIsUnusual() {
        var policy = new UnusualAmountPolicy(3, new BigDecimal("5.0"), Money.of("5000.00"));
        var usual = new OrderUnderReview(
                order(GOOD, "A-1", null), Money.of("400.00"), PHONE, GOOD_ADDRESS, 3, Money.of("80.00"));
        assertThat(policy.check(usual)).isEmpty();
        var above = new OrderUnderReview(
                order(GOOD, "A-1", null), Money.of("400.01"), PHONE, GOOD_ADDRESS, 3, Money.of("80.00"));
        assertThat(message(policy, above)).contains("the amount ¥400.01 is more than 5 × the buyer's average ¥80.00");
    }

    @Test
    void withTooLittleHistoryTheNewBuyerLimitApplies() {
        var policy = new UnusualAmountPolicy(3, new BigDecimal("5"), Money.of("5000.00"));
        var twoOrders = new OrderUnderReview(
                order(GOOD, "A-1", null), Money.of("5000.00"), PHONE, GOOD_ADDRESS, 2, Money.of("80.00"));
        assertThat(policy.check(twoOrders)).isEmpty();
        var first = new OrderUnderReview(order(GOOD, "A-1", null), Money.of("5000.01"), PHONE, GOOD_ADDRESS, 0, null);
        assertThat(message(policy, first)).contains("a new buyer's order of ¥5000.01 exceeds ¥5000.00");
    }

    @Test
    void aBlacklistedBuyerPhoneOrAddressIsHeldEachOnItsOwn() {
        assertThat(message(new BlacklistedBuyerPolicy(Set.of("小李")), normal())).contains("blacklisted buyer 小李");
        assertThat(message(new BlacklistedPhonePolicy(Set.of(PHONE)), normal()))
                .contains("blacklisted phone +8613800138000");
        assertThat(message(new BlacklistedAddressPolicy(Set.of(GOOD_ADDRESS)), normal()))
                .contains("blacklisted address");
        assertThat(new BlacklistedBuyerPolicy(Set.of("老王")).check(normal())).isEmpty();
        assertThat(new BlacklistedPhonePolicy(Set.of("+8613900139000")).check(normal()))
                .isEmpty();
        assertThat(new BlacklistedAddressPolicy(Set.of(""))
                        .check(new OrderUnderReview(order(null, "A-1", null), Money.of("1.00"), PHONE, "", 0, null)))
                .isEmpty();
    }

    @Test
    void skusOutsideTheCatalogAreNamedOnce() {
        var policy = new UnmappedSkuPolicy(Set.of("A-1"));
        assertThat(policy.check(normal())).isEmpty();
        var line = new ChannelOrder.Line("NOPE-1", null, null, 1, Money.of("1.00"), null, Money.of("1.00"));
        var base = order(GOOD, "NOPE-1", null);
        var twice = new ChannelOrder(
                base.channel(),
                base.externalId(),
                base.status(),
                null,
                null,
                base.buyer(),
                base.address(),
                List.of(
                        line,
                        line,
                        new ChannelOrder.Line("NOPE-2", null, null, 1, Money.of("1.00"), null, Money.of("1.00"))),
                null,
                Money.of("3.00"),
                null,
                null);
        assertThat(message(policy, new OrderUnderReview(twice, Money.of("3.00"), PHONE, GOOD_ADDRESS, 0, null)))
                .contains("SKUs not in the catalog: NOPE-1, NOPE-2");
    }

    @Test
    void aBuyerMessageIsHeldForAPersonToRead() {
        var policy = new BuyerMessagePolicy();
        assertThat(policy.check(normal())).isEmpty();
        var blank = new OrderUnderReview(order(GOOD, "A-1", "  "), Money.of("1.00"), PHONE, GOOD_ADDRESS, 0, null);
        assertThat(policy.check(blank)).isEmpty();
        var message = new OrderUnderReview(order(GOOD, "A-1", "请周末送货"), Money.of("1.00"), PHONE, GOOD_ADDRESS, 0, null);
        assertThat(message(policy, message)).contains("a buyer message to read: 请周末送货");
    }

    @Test
    void theSettingsSwitchTheOptionalPoliciesAndKeepTheOrderOfReasons() {
        var all = new ReviewSettings(true, List.of("test"), 3, new BigDecimal("5"), Money.of("5000.00"), true, 30);
        assertThat(HoldPolicies.of(all, Set.of(), Set.of(), Set.of(), Set.of()))
                .extracting(policy -> policy.getClass().getSimpleName())
                .containsExactly(
                        "IncompleteAddressPolicy",
                        "SuspiciousWordPolicy",
                        "InvalidPhonePolicy",
                        "UnusualAmountPolicy",
                        "BlacklistedBuyerPolicy",
                        "BlacklistedPhonePolicy",
                        "BlacklistedAddressPolicy",
                        "UnmappedSkuPolicy",
                        "BuyerMessagePolicy");
        var fewer = new ReviewSettings(false, List.of(), 3, new BigDecimal("5"), Money.of("5000.00"), false, 30);
        assertThat(HoldPolicies.of(fewer, Set.of(), Set.of(), Set.of(), Set.of()))
                .noneMatch(policy -> policy instanceof IncompleteAddressPolicy || policy instanceof BuyerMessagePolicy);
    }
}
