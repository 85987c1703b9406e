package io.storeops.catalog.rules;

import io.storeops.catalog.ChannelRules;
import io.storeops.catalog.Violation;
import java.util.List;

/** The title exists and fits the channel's limit, counted the way the channel counts (see TitleCounting). */
final class TitleLengthRule implements ListingRule {

    @Override
    public int weight() {
        return 20;
    }

    @Override
    public List<Violation> check(ListingCandidate listing, ChannelRules rules) {
        String title = listing.title().strip();
        if (title.isEmpty()) {
            return List.of(Violation.blocking("TITLE_MISSING", "title", "标题不能为空", "The title is missing"));
        }
        int units = rules.titleCounting().count(title);
        if (units > rules.maxTitleUnits()) {
            return List.of(Violation.blocking(
                    "TITLE_TOO_LONG",
                    "title",
                    "标题长度 %d 超出上限 %d（%s）".formatted(units, rules.maxTitleUnits(), unitsZh(rules)),
                    "The title is %d units long, over the limit of %d (%s)"
                            .formatted(units, rules.maxTitleUnits(), unitsEn(rules))));
        }
        if (units < rules.minTitleUnits()) {
            return List.of(Violation.warning(
                    "TITLE_TOO_SHORT",
                    "title",
                    "标题长度 %d 少于建议的 %d，关键词覆盖不足".formatted(units, rules.minTitleUnits()),
                    "The title is %d units long, shorter than the recommended %d; it covers few search terms"
                            .formatted(units, rules.minTitleUnits())));
        }
        return List.of();
    }

    private static String unitsZh(ChannelRules rules) {
        return switch (rules.titleCounting()) {
            case CJK_DOUBLE -> "汉字按 2 个字符计";
            case CHARACTERS -> "按字符计";
        };
    }

    private static String unitsEn(ChannelRules rules) {
        return switch (rules.titleCounting()) {
            case CJK_DOUBLE -> "a Chinese character counts 2";
            case CHARACTERS -> "counted in characters";
        };
    }
}
