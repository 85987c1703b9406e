package io.storeops.catalog.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.Severity;
import io.storeops.catalog.TitleCounting;
import io.storeops.catalog.Violation;
import io.storeops.platform.MessageTexts;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingRulesTest {

    static final ChannelRules TMALL = new ChannelRules(
            TitleCounting.CJK_DOUBLE, 60, 20, 5, new BigDecimal("15"), true, List.of("最", "第一", "顶级", "全网最低", "100%"));

    static final List<String> FIVE_IMAGES = List.of(
            "https://img.example.com/1.jpg",
            "https://img.example.com/2.jpg",
            "https://img.example.com/3.jpg",
            "https://img.example.com/4.jpg",
            "/demo-images/A/5.svg");

    static final String DETAIL = "<p>新疆长绒棉，60支贡缎工艺，亲肤透气，四季可用，机洗不起球，七天无理由退换。</p>";

    static ListingCandidate good() {
        return new ListingCandidate(
                "南山织造新疆长绒棉四件套 纯棉床单被套 简约北欧风",
                Money.of("299"),
                FIVE_IMAGES,
                DETAIL,
                Map.of("材质", "全棉"),
                List.of(new ListingCandidate.SkuFacts(
                        "A-1", Map.of("颜色", "白", "尺码", "1.8m"), Money.of("120"), Money.of("329"))),
                List.of("材质", "尺码"));
    }

    static ListingCandidate withTitle(String title) {
        var g = good();
        return new ListingCandidate(
                title, g.price(), g.images(), g.detailHtml(), g.productAttributes(), g.skus(), g.requiredAttributes());
    }

    @Test
    void aCompleteListingPassesEveryRule() {
        var evaluation = new ListingEvaluator().evaluate(good(), TMALL);
        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.score()).isEqualTo(100);
    }

    @Test
    void rejectsTitleWithAbsoluteClaims() {
        List<Violation> violations = new ForbiddenWordsRule().check(withTitle("顶级新疆长绒棉四件套 全网最低价"), TMALL);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("FORBIDDEN_WORD");
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(v.field()).isEqualTo("title");
            assertThat(v.message().code()).isEqualTo("catalog.FORBIDDEN_WORD");
            assertThat(v.message().args()).containsEntry("words", List.of("顶级", "全网最低"));
            assertThat(english(v))
                    .isEqualTo("The title contains forbidden words: 顶级, 全网最低"
                            + " (absolute terms banned by the Advertising Law)");
            assertThat(chinese(v)).isEqualTo("标题含违禁词：顶级、全网最低（广告法禁用绝对化用语）");
        });
    }

    @Test
    void rejectsForbiddenWordsInTheDetailPageText() {
        var g = good();
        var listing = new ListingCandidate(
                g.title(),
                g.price(),
                g.images(),
                "<p>含棉量<b>100%</b>，品质第一</p>",
                g.productAttributes(),
                g.skus(),
                g.requiredAttributes());
        assertThat(new ForbiddenWordsRule().check(listing, TMALL))
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple("FORBIDDEN_WORD_DETAIL", "detail"));
    }

    @Test
    void rejectsTitleLongerThanSixtyUnitsCountingChineseAsTwo() {
        String thirtyOne = "一".repeat(31);
        assertThat(new TitleLengthRule().check(withTitle(thirtyOne), TMALL))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("TITLE_TOO_LONG");
                    assertThat(v.message().args()).containsEntry("units", 62).containsEntry("limit", 60);
                    assertThat(english(v))
                            .isEqualTo("The title is 62 units long, over the limit of 60"
                                    + " (a Chinese character counts 2)");
                    assertThat(chinese(v)).isEqualTo("标题长度 62 超出上限 60（汉字按 2 个字符计）");
                });
        assertThat(new TitleLengthRule().check(withTitle("一".repeat(30)), TMALL))
                .isEmpty();
    }

    @Test
    void theSameTitleFitsAChannelThatCountsCharacters() {
        var jd = new ChannelRules(TitleCounting.CHARACTERS, 45, 0, 1, BigDecimal.TEN, true, List.of());
        assertThat(new TitleLengthRule().check(withTitle("一".repeat(40)), jd)).isEmpty();
    }

    @Test
    void warnsAboutShortTitlesAndBlocksEmptyOnes() {
        assertThat(new TitleLengthRule().check(withTitle("四件套"), TMALL))
                .extracting(Violation::code, Violation::severity)
                .containsExactly(tuple("TITLE_TOO_SHORT", Severity.WARNING));
        assertThat(new TitleLengthRule().check(withTitle("   "), TMALL))
                .extracting(Violation::code)
                .containsExactly("TITLE_MISSING");
    }

    @Test
    void requiresTheChannelsMinimumNumberOfMainImages() {
        var g = good();
        var three = new ListingCandidate(
                g.title(),
                g.price(),
                FIVE_IMAGES.subList(0, 3),
                g.detailHtml(),
                g.productAttributes(),
                g.skus(),
                g.requiredAttributes());
        assertThat(new MainImagesRule().check(three, TMALL))
                .extracting(Violation::code)
                .containsExactly("TOO_FEW_IMAGES");
        var bad = new ListingCandidate(
                g.title(),
                g.price(),
                List.of(
                        "https://a.cn/1.jpg",
                        "javascript:alert(1)",
                        "https://a.cn/3.jpg",
                        "ftp://x/4.jpg",
                        "https://a.cn/5.jpg"),
                g.detailHtml(),
                g.productAttributes(),
                g.skus(),
                g.requiredAttributes());
        assertThat(new MainImagesRule().check(bad, TMALL))
                .extracting(Violation::field, ListingRulesTest::english)
                .containsExactly(
                        tuple("images[1]", "Main image 2 is neither an http(s) URL nor a site path"),
                        tuple("images[3]", "Main image 4 is neither an http(s) URL nor a site path"));
    }

    @Test
    void requiresCategoryAttributesOnTheProductOrOnEverySku() {
        var g = good();
        assertThat(new RequiredAttributesRule().check(g, TMALL)).isEmpty();
        var skus = List.of(
                new ListingCandidate.SkuFacts("A-1", Map.of("尺码", "1.8m"), Money.of("120"), Money.of("329")),
                new ListingCandidate.SkuFacts("A-2", Map.of("颜色", "蓝"), Money.of("120"), Money.of("329")));
        var missing = new ListingCandidate(
                g.title(), g.price(), g.images(), g.detailHtml(), Map.of(), skus, List.of("材质", "尺码"));
        assertThat(new RequiredAttributesRule().check(missing, TMALL))
                .extracting(Violation::field, ListingRulesTest::english)
                .containsExactly(
                        tuple("attributes.材质", "The category requires the attribute \"材质\""),
                        tuple("attributes.尺码", "The category requires the attribute \"尺码\""));
    }

    @Test
    void requiresADetailPageWhereTheChannelDoes() {
        var g = good();
        var none = new ListingCandidate(
                g.title(), g.price(), g.images(), "<p> </p>", g.productAttributes(), g.skus(), g.requiredAttributes());
        assertThat(new DetailPageRule().check(none, TMALL))
                .extracting(Violation::code)
                .containsExactly("DETAIL_MISSING");
        var thin = new ListingCandidate(
                g.title(), g.price(), g.images(), "<p>好用</p>", g.productAttributes(), g.skus(), g.requiredAttributes());
        assertThat(new DetailPageRule().check(thin, TMALL))
                .extracting(Violation::severity)
                .containsExactly(Severity.WARNING);
        var webshop = new ChannelRules(TitleCounting.CHARACTERS, 100, 0, 1, BigDecimal.ONE, false, List.of());
        assertThat(new DetailPageRule().check(none, webshop)).isEmpty();
    }

    @Test
    void refusesAPriceBelowCostTimesOnePlusMinimumMargin() {
        var g = good();
        // highest cost 120 × 1.15 = 138.00
        var atFloor = new ListingCandidate(
                g.title(),
                Money.of("138.00"),
                g.images(),
                g.detailHtml(),
                g.productAttributes(),
                g.skus(),
                g.requiredAttributes());
        assertThat(new PriceGuardrailRule().check(atFloor, TMALL)).isEmpty();
        var below = new ListingCandidate(
                g.title(),
                Money.of("137.99"),
                g.images(),
                g.detailHtml(),
                g.productAttributes(),
                g.skus(),
                g.requiredAttributes());
        assertThat(new PriceGuardrailRule().check(below, TMALL)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("PRICE_BELOW_FLOOR");
            assertThat(v.message().args())
                    .containsEntry("price", Money.of("137.99"))
                    .containsEntry("floor", Money.of("138.00"))
                    .containsEntry("margin", "15");
            assertThat(english(v))
                    .isEqualTo("Price ¥137.99 is below the floor ¥138.00 (cost ¥120.00 × (1 + minimum margin 15%))");
            assertThat(chinese(v)).contains("低于底价 ¥138.00");
        });
        var missing = new ListingCandidate(
                g.title(), null, g.images(), g.detailHtml(), g.productAttributes(), g.skus(), g.requiredAttributes());
        assertThat(new PriceGuardrailRule().check(missing, TMALL))
                .extracting(Violation::code)
                .containsExactly("PRICE_MISSING");
        var above = new ListingCandidate(
                g.title(),
                Money.of("399"),
                g.images(),
                g.detailHtml(),
                g.productAttributes(),
                g.skus(),
                g.requiredAttributes());
        assertThat(new PriceGuardrailRule().check(above, TMALL))
                .extracting(Violation::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void codesEachViolationAsItsMessage() {
        var bare = new ListingCandidate("四件套", null, List.of(), "", Map.of(), List.of(), List.of("材质"));
        List<Violation> violations =
                new ListingEvaluator().evaluate(bare, TMALL).violations();
        assertThat(violations)
                .allSatisfy(v -> assertThat(v.message().code()).isEqualTo("catalog." + v.code()))
                .extracting(Violation::code)
                .containsExactly(
                        "TITLE_TOO_SHORT", "TOO_FEW_IMAGES", "MISSING_ATTRIBUTE", "DETAIL_MISSING", "PRICE_MISSING");
        assertThat(violations)
                .extracting(ListingRulesTest::english)
                .containsExactly(
                        "The title is 6 units long, shorter than the recommended 20; it covers few search terms",
                        "0 main images, at least 5 required",
                        "The category requires the attribute \"材质\"",
                        "The detail page is missing",
                        "The channel price is not set");
    }

    @Test
    void scoresBlockingViolationsAsLostWeightAndWarningsAsHalf() {
        var evaluator = new ListingEvaluator();
        // forbidden word (weight 25 of 100) lost
        var forbidden = evaluator.evaluate(withTitle("顶级新疆长绒棉四件套 纯棉床单被套 北欧风"), TMALL);
        assertThat(forbidden.score()).isEqualTo(75);
        assertThat(forbidden.hasBlocking()).isTrue();
        // short title (weight 20) only warns: half lost
        var shortTitle = evaluator.evaluate(withTitle("四件套"), TMALL);
        assertThat(shortTitle.score()).isEqualTo(90);
        assertThat(shortTitle.hasBlocking()).isFalse();
    }

    static String english(Violation v) {
        return MessageTexts.loaded().text(v.message(), Locale.ENGLISH);
    }

    static String chinese(Violation v) {
        return MessageTexts.loaded().text(v.message(), Locale.SIMPLIFIED_CHINESE);
    }
}
