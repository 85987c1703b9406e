package io.storeops.promotions.engine;

import static io.storeops.promotions.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.platform.MessageTexts;
import io.storeops.shared.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PriceEngineTest {

    static long allocation(PriceResult r, String id, String line) {
        return r.applied().stream()
                .filter(a -> a.promotionOrCouponId().equals(id))
                .findFirst()
                .orElseThrow()
                .allocationByLine()
                .getOrDefault(line, 0L);
    }

    /** A message as the old bilingual texts read: "中文 / English". */
    static String text(Message message) {
        return MessageTexts.loaded().text(message, Locale.SIMPLIFIED_CHINESE) + " / "
                + MessageTexts.loaded().text(message, Locale.ENGLISH);
    }

    static String reason(PriceResult r, String id) {
        return text(r.notApplied().stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .orElseThrow()
                .reason());
    }

    static String explanation(PriceResult r, String id) {
        return text(r.applied().stream()
                .filter(a -> a.promotionOrCouponId().equals(id))
                .findFirst()
                .orElseThrow()
                .explanation());
    }

    static void assertConsistent(PriceResult r) {
        assertThat(r.lines().stream().mapToLong(PricedLine::finalFen).sum()).isEqualTo(r.totalFen());
        assertThat(r.totalFen()).isEqualTo(r.subtotalFen() - r.discountFen());
        assertThat(r.lines()).allSatisfy(l -> assertThat(l.finalFen()).isNotNegative());
    }

    @Nested
    class WorkedExamples {

        @Test
        void example1_lowTierReachedAndSplitInProportion() {
            var r = price(cart(line("A", 1), line("B", 1)), p1());
            assertThat(r.totalFen()).isEqualTo(18000);
            assertThat(allocation(r, "P1", "A")).isEqualTo(1200);
            assertThat(allocation(r, "P1", "B")).isEqualTo(800);
            assertThat(r.line("A").finalFen()).isEqualTo(10800);
            assertConsistent(r);
        }

        @Test
        void example2_highestTierReached() {
            var r = price(cart(line("A", 2), line("B", 1)), p1());
            assertThat(r.totalFen()).isEqualTo(28000);
            assertThat(r.line("A").orderDiscountFen()).isEqualTo(3000);
            assertThat(r.line("B").orderDiscountFen()).isEqualTo(1000);
            assertConsistent(r);
        }

        @Test
        void example3_flashRateRoundsHalfUpPerUnit() {
            var r = price(cart(line("C", 3)), promo("F1", Scope.skus("C"), Rule.FlashDiscount.rate(8500)));
            assertThat(r.line("C").itemUnitFen()).isEqualTo(5092);
            assertThat(r.line("C").itemPriceSource()).isEqualTo("FLASH:F1");
            assertThat(r.totalFen()).isEqualTo(15276);
            assertThat(Fen.format(r.totalFen())).isEqualTo("152.76");
        }

        @Test
        void example4_multiBuyThenShopReduction() {
            var r = price(
                    cart(line("C", 1), line("D", 1)),
                    promo("M1", Scope.categories("digital"), new Rule.NForM(2, 8000)),
                    promo("S1", Scope.all(), reduction(15000, 1500)));
            assertThat(r.line("C").afterMultiBuyFen()).isEqualTo(4792);
            assertThat(r.line("D").afterMultiBuyFen()).isEqualTo(15920);
            assertThat(r.totalFen()).isEqualTo(19212);
            assertConsistent(r);
        }

        @Test
        void example5_bestItemPriceWinsAndThresholdNotReached() {
            var memberPrice = promo("MP", Scope.all(), new Rule.MemberPrice(Map.of("gold", Map.of("A", 11000L))));
            var flash = promo("F9", Scope.skus("A"), Rule.FlashDiscount.rate(9000));
            var r = price(member("gold", line("A", 1)), memberPrice, flash, p1());
            assertThat(r.totalFen()).isEqualTo(10800);
            assertThat(r.line("A").itemPriceSource()).isEqualTo("FLASH:F9");
            assertThat(reason(r, "MP")).contains("better item price");
            assertThat(reason(r, "P1")).isEqualTo("满减门槛未达到：108.00 < 200.00 / threshold not met: 108.00 < 200.00");
        }

        @Test
        void example6_flashDiscountDropsTheCartBelowTheThreshold() {
            var flash = promo("F95", Scope.skus("B"), Rule.FlashDiscount.rate(9500));
            var r = price(cart(line("A", 1), line("B", 1)), flash, p1());
            assertThat(r.totalFen()).isEqualTo(19600);
            assertThat(reason(r, "P1")).isEqualTo("满减门槛未达到：196.00 < 200.00 / threshold not met: 196.00 < 200.00");
        }

        /** The documented limitation: stages are greedy, so adding a stage-1 promotion can raise the total. */
        @Test
        void addingAFlashDiscountCanRaiseTheTotal() {
            var without = price(cart(line("A", 1), line("B", 1)), p1());
            var with = price(
                    cart(line("A", 1), line("B", 1)),
                    p1(),
                    promo("F95", Scope.skus("B"), Rule.FlashDiscount.rate(9500)));
            assertThat(without.totalFen()).isEqualTo(18000);
            assertThat(with.totalFen()).isEqualTo(19600).isGreaterThan(without.totalFen());
        }
    }

    @Nested
    class ItemPrice {

        @Test
        void memberPriceOnlyForTheCartsTier() {
            var mp = promo("MP", Scope.all(), new Rule.MemberPrice(Map.of("gold", Map.of("A", 11000L))));
            assertThat(price(member("gold", line("A", 2)), mp).totalFen()).isEqualTo(22000);
            assertThat(price(member("silver", line("A", 2)), mp).totalFen()).isEqualTo(24000);
            assertThat(price(cart(line("A", 2)), mp).line("A").itemPriceSource())
                    .isEqualTo("LIST");
        }

        @Test
        void lowestOfSeveralFlashDiscountsAndFixedPrice() {
            var r = price(
                    cart(line("D", 1)),
                    promo("F1", Scope.all(), Rule.FlashDiscount.rate(9000)),
                    promo("F2", Scope.skus("D"), Rule.FlashDiscount.fixed(16900)));
            assertThat(r.line("D").itemUnitFen()).isEqualTo(16900);
            assertThat(r.line("D").itemPriceSource()).isEqualTo("FLASH:F2");
        }

        @Test
        void promotionsOutOfScopeAreCountedAndOutsideTheirTimeExplained() {
            var other = new Promotion(
                    "T1", "天猫专享", Scope.all().onChannels("tmall"), START, END, 0, null, Rule.FlashDiscount.rate(5000));
            var gold = new Promotion(
                    "G1", "金卡专享", Scope.all().forTiers("gold"), START, END, 0, null, Rule.FlashDiscount.rate(5000));
            var digital = promo("D1", Scope.categories("digital"), Rule.FlashDiscount.rate(5000));
            var expired = new Promotion("X1", "已结束", Scope.all(), START, NOW, 0, null, Rule.FlashDiscount.rate(5000));
            var r = price(cart(line("A", 1)), other, gold, digital, expired);
            assertThat(r.totalFen()).isEqualTo(12000);
            assertThat(r.notApplied()).extracting(NotApplied::id).containsExactly("X1");
            assertThat(reason(r, "X1")).contains("not active");
            assertThat(r.notInScope()).isEqualTo(3);
            var indexed = PriceEngine.price(
                    cart(line("A", 1)),
                    PromotionIndex.of(List.of(other, gold, digital, expired)),
                    GiftStock.unlimited());
            assertThat(indexed).isEqualTo(r);
        }
    }

    @Nested
    class MultiBuy {

        @Test
        void secondUnitHalfPriceTakesTheCheapestOfEachPair() {
            var half = promo("H", Scope.categories("digital"), Rule.NthUnit.secondHalf());
            var r = price(cart(line("C", 1), line("D", 1)), half);
            assertThat(r.line("C").afterMultiBuyFen()).isEqualTo(2995);
            assertThat(r.line("D").afterMultiBuyFen()).isEqualTo(19900);
            var three = price(cart(line("C", 3)), half);
            assertThat(three.totalFen()).isEqualTo(5990 * 3 - 2995);
        }

        @Test
        void nForMOnlyCompleteGroupsMostExpensiveFirst() {
            var r = price(
                    cart(line("C", 2), line("D", 1)), promo("M", Scope.categories("digital"), new Rule.NForM(2, 8000)));
            // D and one C form the group: 159.20 + 47.92; the other C pays 59.90
            assertThat(r.line("D").afterMultiBuyFen()).isEqualTo(15920);
            assertThat(r.line("C").afterMultiBuyFen()).isEqualTo(4792 + 5990);
            var single = price(cart(line("C", 1)), promo("M", Scope.categories("digital"), new Rule.NForM(2, 8000)));
            assertThat(reason(single, "M")).isEqualTo("件数不足：1 < 2 / not enough eligible units: 1 < 2");
        }

        @Test
        void bundlePriceSplitOverItsLines() {
            var bundle = promo("K", Scope.all(), new Rule.Bundle(Map.of("A", 1, "B", 1), 18000));
            var r = price(cart(line("A", 2), line("B", 1)), bundle);
            assertThat(r.line("A").afterMultiBuyFen()).isEqualTo(10800 + 12000);
            assertThat(r.line("B").afterMultiBuyFen()).isEqualTo(7200);
            assertThat(r.totalFen()).isEqualTo(30000);
            assertThat(reason(price(cart(line("A", 2)), bundle), "K")).contains("bundle incomplete");
        }

        @Test
        void aUnitTakesPartInOneMultiBuyOfferTheBestCombinationWins() {
            // Bundle A+B for 150 saves 50; 2件9折 on home saves 20 on the same units. With A×2, B×1 the best is
            // the bundle on A+B and nothing left for 2件9折 (a single A remains).
            var bundle = promo("K", Scope.all(), new Rule.Bundle(Map.of("A", 1, "B", 1), 15000));
            var nForM = promo("N", Scope.categories("home"), new Rule.NForM(2, 9000));
            var r = price(cart(line("A", 2), line("B", 1)), bundle, nForM);
            assertThat(r.totalFen()).isEqualTo(15000 + 12000);
            assertThat(reason(r, "N")).contains("better multi-buy");
            // With A×3, B×1: the bundle, then 2件9折 on the two remaining A.
            var r2 = price(cart(line("A", 3), line("B", 1)), bundle, nForM);
            assertThat(r2.totalFen()).isEqualTo(15000 + 21600);
        }
    }

    @Nested
    class OrderLevel {

        @Test
        void everyReductionIsCapped() {
            var capped = promo("E", Scope.all(), new Rule.EveryReduction(10000, 1000, 2500));
            var uncapped = promo("E", Scope.all(), new Rule.EveryReduction(10000, 1000, 0));
            assertThat(price(cart(line("A", 2), line("B", 1)), capped).totalFen())
                    .isEqualTo(29500);
            assertThat(price(cart(line("A", 2), line("B", 1)), uncapped).totalFen())
                    .isEqualTo(29000);
            assertThat(reason(price(cart(line("C", 1)), capped), "E"))
                    .isEqualTo("每满减门槛未达到：59.90 < 100.00 / threshold not met: 59.90 < 100.00");
        }

        @Test
        void tieredReductionNamesTheTierReached() {
            assertThat(explanation(price(cart(line("A", 1), line("B", 1)), p1()), "P1"))
                    .isEqualTo("满减达到 满200减20 档（适用金额 200.00）优惠 20.00 / reached tier 满200减20 on 200.00, saves 20.00");
            assertThat(explanation(price(cart(line("A", 2), line("B", 1)), p1()), "P1"))
                    .isEqualTo("满减达到 满300减40 档（适用金额 320.00）优惠 40.00 / reached tier 满300减40 on 320.00, saves 40.00");
        }

        @Test
        void everyReductionSaysWhenTheCapCutTheDiscount() {
            var capped = promo("E", Scope.all(), new Rule.EveryReduction(10000, 1000, 3000));
            assertThat(explanation(price(cart(line("A", 3), line("B", 2)), capped), "E"))
                    .isEqualTo("每满100减10（适用金额 520.00）封顶 50.00 → 30.00，优惠 30.00 / 每满100减10 on 520.00: capped"
                            + " 50.00 → 30.00, saves 30.00");
            assertThat(explanation(price(cart(line("A", 1), line("B", 1)), capped), "E"))
                    .isEqualTo("每满100减10（适用金额 200.00）优惠 20.00 / 每满100减10 on 200.00, saves 20.00");
        }

        @Test
        void quantityRateHighestUnitTier() {
            var rate = promo(
                    "Q",
                    Scope.categories("home"),
                    new Rule.QuantityRate(List.of(new Rule.QtyTier(2, 9000), new Rule.QtyTier(3, 8000))));
            assertThat(price(cart(line("A", 1), line("B", 1)), rate).totalFen()).isEqualTo(18000);
            assertThat(price(cart(line("A", 2), line("B", 1)), rate).totalFen()).isEqualTo(25600);
            assertThat(reason(price(cart(line("A", 1)), rate), "Q"))
                    .isEqualTo("满件折件数不足：1 < 2 / not enough units: 1 < 2");
        }

        @Test
        void giftWhenInStockOnly() {
            var gift = promo("G", Scope.categories("home"), new Rule.Gift(20000, 0, "GIFT-1", 1));
            var cart = cart(line("A", 1), line("B", 1));
            var inStock = PriceEngine.price(cart, List.of(gift), Set.of("GIFT-1"));
            assertThat(inStock.gifts()).containsExactly(new GiftLine("GIFT-1", 1, "G"));
            assertThat(inStock.totalFen()).isEqualTo(20000);
            var outOfStock = PriceEngine.price(cart, List.of(gift), Set.of());
            assertThat(outOfStock.gifts()).isEmpty();
            assertThat(reason(outOfStock, "G")).isEqualTo("赠品缺货：GIFT-1 / gift out of stock: GIFT-1");
            var tooFewUnits = promo("G2", Scope.all(), new Rule.Gift(0, 3, "GIFT-1", 1));
            assertThat(reason(price(cart, tooFewUnits), "G2")).isEqualTo("满赠件数不足：2 < 3 / not enough units: 2 < 3");
        }

        @Test
        void exclusionGroupPicksTheBetterOfTwo() {
            var home = grouped("H", "G", Scope.categories("home"), reduction(30000, 4000));
            var all35 = grouped("S35", "G", Scope.all(), reduction(30000, 3500));
            var all50 = grouped("S50", "G", Scope.all(), reduction(30000, 5000));
            var cart = cart(line("A", 2), line("B", 1), line("C", 1));
            var r = price(cart, home, all35);
            assertThat(r.discountFen()).isEqualTo(4000);
            assertThat(reason(r, "S35"))
                    .isEqualTo("同互斥组 G 已选【活动H】共优惠 40.00 ≥ 本活动 35.00 / exclusion group G: [活动H] save 40.00 ≥"
                            + " this offer's 35.00");
            assertThat(price(cart, home, all50).discountFen()).isEqualTo(5000);
        }

        @Test
        void exclusionGroupPrefersTwoDisjointOffersOverOneWideOne() {
            var home = grouped("H", "G", Scope.categories("home"), reduction(20000, 2000));
            var digital = grouped("D", "G", Scope.categories("digital"), reduction(15000, 1500));
            var wide = grouped("W", "G", Scope.all(), reduction(30000, 2500));
            var r = price(cart(line("A", 1), line("B", 1), line("D", 1)), wide, home, digital);
            assertThat(r.discountFen()).isEqualTo(3500);
            assertThat(r.totalFen()).isEqualTo(39900 - 3500);
        }

        @Test
        void differentGroupsStack() {
            var a = grouped("X", "G1", Scope.all(), reduction(20000, 2000));
            var b = grouped("Y", "G2", Scope.all(), reduction(20000, 1000));
            var c = promo("Z", Scope.all(), reduction(20000, 500));
            assertThat(price(cart(line("A", 1), line("B", 1)), a, b, c).totalFen())
                    .isEqualTo(20000 - 3500);
        }

        @Test
        void aLineNeverGoesBelowZeroAndTheCapIsExplained() {
            var huge = promo("U", Scope.all(), reduction(10000, 15000));
            var every = promo("V", Scope.all(), new Rule.EveryReduction(100, 500, 0));
            var r = price(cart(line("A", 1), line("B", 1)), huge, every);
            assertThat(r.totalFen()).isZero();
            assertThat(r.lines()).allSatisfy(l -> assertThat(l.finalFen()).isZero());
            assertThat(r.lines())
                    .anySatisfy(l -> assertThat(String.join(
                                    "|",
                                    l.explanation().stream()
                                            .map(PriceEngineTest::text)
                                            .toList()))
                            .contains("capped"));
            assertThat(r.applied().stream().mapToLong(Applied::discountFen).sum())
                    .isEqualTo(20000);
            assertConsistent(r);
        }
    }

    @Nested
    class Coupons {

        @Test
        void couponThresholdIsCheckedAfterShopDiscounts() {
            var shop = CouponOffer.amount("C199", CouponKind.SHOP, Scope.all(), 19900, 1000);
            var r = PriceEngine.price(
                    withCoupons(List.of(shop), line("A", 1), line("B", 1)), List.of(p1()), GiftStock.unlimited());
            assertThat(r.totalFen()).isEqualTo(18000);
            assertThat(r.couponsUsed()).isEmpty();
            assertThat(reason(r, "C199"))
                    .isEqualTo(
                            "券门槛未达到（已扣店铺优惠后）：180.00 < 199.00 / coupon threshold not met after shop discounts: 180.00 < 199.00");
        }

        /** The documented limitation: a stage-3 promotion can drop a coupon below its threshold. */
        @Test
        void addingAnOrderLevelPromotionCanLoseACoupon() {
            var shop = CouponOffer.amount("C199", CouponKind.SHOP, Scope.all(), 19900, 3000);
            var cart = withCoupons(List.of(shop), line("A", 1), line("B", 1));
            var without = PriceEngine.price(cart, List.of(), GiftStock.unlimited());
            var with = PriceEngine.price(cart, List.of(p1()), GiftStock.unlimited());
            assertThat(without.totalFen()).isEqualTo(17000);
            assertThat(with.totalFen()).isEqualTo(18000);
        }

        @Test
        void bestProductAndShopPair() {
            var product10 = CouponOffer.amount("P10", CouponKind.PRODUCT, Scope.categories("digital"), 10000, 1000);
            var product5 = CouponOffer.amount("P05", CouponKind.PRODUCT, Scope.categories("digital"), 0, 500);
            var shop20 = CouponOffer.amount("S20", CouponKind.SHOP, Scope.all(), 20000, 2000);
            var shop15 = CouponOffer.amount("S15", CouponKind.SHOP, Scope.all(), 30000, 1500);
            var r = PriceEngine.price(
                    withCoupons(List.of(shop15, product5, shop20, product10), line("A", 1), line("D", 1)),
                    List.of(),
                    GiftStock.unlimited());
            assertThat(r.couponsUsed()).containsExactly("P10", "S20");
            assertThat(r.totalFen()).isEqualTo(31900 - 3000);
            // 20.00 over A 120.00 and D 189.00 (after the product coupon): 7.77 and 12.23
            assertThat(r.line("D").couponDiscountFen()).isEqualTo(1000 + 1223);
            assertThat(reason(r, "P05")).contains("better coupon");
            assertConsistent(r);
        }

        @Test
        void rateCouponWithCap() {
            var capped = CouponOffer.rate("R8", CouponKind.SHOP, Scope.all(), 0, 8000, 3000);
            var r = PriceEngine.price(
                    withCoupons(List.of(capped), line("A", 1), line("B", 1)), List.of(), GiftStock.unlimited());
            assertThat(r.totalFen()).isEqualTo(17000);
            var uncapped = CouponOffer.rate("R9", CouponKind.SHOP, Scope.all(), 0, 9000, 0);
            var r2 = PriceEngine.price(withCoupons(List.of(uncapped), line("C", 1)), List.of(), GiftStock.unlimited());
            assertThat(r2.totalFen()).isEqualTo(5391); // 59.90 × 0.9 = 53.91
        }

        @Test
        void couponNeverExceedsItsEligibleAmount() {
            var product = CouponOffer.amount("PB", CouponKind.PRODUCT, Scope.skus("B"), 0, 10000);
            var shop = CouponOffer.amount("S", CouponKind.SHOP, Scope.all(), 0, 15000);
            var r = PriceEngine.price(
                    withCoupons(List.of(product, shop), line("A", 1), line("B", 1)), List.of(), GiftStock.unlimited());
            assertThat(r.line("B").finalFen()).isZero();
            assertThat(r.totalFen()).isZero();
            assertThat(r.applied()).extracting(Applied::discountFen).containsExactly(8000L, 12000L);
            var shopOnly = CouponOffer.amount("S5", CouponKind.SHOP, Scope.all(), 0, 5000);
            var r2 = PriceEngine.price(
                    withCoupons(List.of(product, shopOnly), line("A", 1), line("B", 1)),
                    List.of(),
                    GiftStock.unlimited());
            assertThat(r2.totalFen()).isEqualTo(12000 - 5000);
            assertThat(r2.line("B").finalFen()).isZero();
        }
    }

    @Nested
    class Allocation {

        @Test
        void tiesGoToTheLargerLineThenTheEarlierLine() {
            assertThat(LargestRemainder.split(5, new long[] {1, 3, 6})).containsExactly(0, 2, 3);
            assertThat(LargestRemainder.split(1, new long[] {500, 500})).containsExactly(1, 0);
            assertThat(LargestRemainder.split(3, new long[] {100, 100, 100, 100}))
                    .containsExactly(1, 1, 1, 0);
        }

        @Test
        void engineSplitsTiedFenToTheEarlierLine() {
            var p = promo("T", Scope.all(), reduction(200, 1));
            var r = price(cart(line("X", "home", 100, 1), line("Y", "home", 100, 1)), p);
            assertThat(r.line("X").finalFen()).isEqualTo(99);
            assertThat(r.line("Y").finalFen()).isEqualTo(100);
            var swapped = price(cart(line("Y", "home", 100, 1), line("X", "home", 100, 1)), p);
            assertThat(swapped.line("Y").finalFen()).isEqualTo(99);
        }

        @Test
        void engineSplitsTiedRemaindersToTheLargerLine() {
            var p = promo("T", Scope.all(), reduction(1000, 5));
            var r = price(cart(line("S", "home", 100, 1), line("M", "home", 300, 1), line("L", "home", 600, 1)), p);
            assertThat(r.lines()).extracting(PricedLine::orderDiscountFen).containsExactly(0L, 2L, 3L);
        }
    }

    @Test
    void fenFormatsAndParses() {
        assertThat(Fen.format(15276)).isEqualTo("152.76");
        assertThat(Fen.format(5)).isEqualTo("0.05");
        assertThat(Fen.format(-150)).isEqualTo("-1.50");
        assertThat(Fen.parse("152.76")).isEqualTo(15276);
        assertThat(Fen.parse("59.9")).isEqualTo(5990);
        assertThat(Fen.parse("200")).isEqualTo(20000);
        assertThatThrownBy(() -> Fen.parse("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fen.applyRate(5990, 8500)).isEqualTo(5092);
    }

    @Test
    void duplicatePromotionIdsAreRejected() {
        assertThatThrownBy(() -> price(cart(line("A", 1)), p1(), p1())).isInstanceOf(IllegalArgumentException.class);
    }
}
