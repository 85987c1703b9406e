package io.storeops.promotions;

import io.storeops.promotions.engine.Fen;
import io.storeops.promotions.engine.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON rule of each promotion type into the price engine's model, reporting every invalid field with its
 * path (e.g. {@code rule.tiers[1].off}), and writes the one-line summary people read in lists.
 */
final class PromotionRules {

    private PromotionRules() {}

    /** The engine rule, or null when {@code errors} received at least one error. */
    static Rule parse(PromotionType type, JsonNode rule, FieldErrors errors) {
        if (rule == null || !rule.isObject()) {
            errors.add("rule", "必填 / required");
            return null;
        }
        int before = errors.size();
        Rule parsed = switch (type) {
            case FULL_REDUCTION -> tiered(rule, errors);
            case EVERY_REDUCTION -> every(rule, errors);
            case QUANTITY_DISCOUNT -> quantity(rule, errors);
            case GIFT -> gift(rule, errors);
            case FLASH_DISCOUNT -> flash(rule, errors);
            case MEMBER_PRICE -> member(rule, errors);
            case N_FOR_M -> nForM(rule, errors);
            case NTH_UNIT -> nth(rule, errors);
            case BUNDLE -> bundle(rule, errors);
        };
        return errors.size() > before ? null : parsed;
    }

    private static Rule tiered(JsonNode rule, FieldErrors errors) {
        List<Rule.Tier> tiers = new ArrayList<>();
        List<JsonNode> nodes = errors.array(rule, "tiers", "rule.tiers");
        long previous = -1;
        for (int i = 0; i < nodes.size(); i++) {
            String path = "rule.tiers[" + i + "]";
            Long threshold = errors.fen(nodes.get(i), "threshold", path + ".threshold", true);
            Long off = errors.fen(nodes.get(i), "off", path + ".off", true);
            if (threshold == null || off == null) {
                continue;
            }
            if (off <= 0 || off >= threshold) {
                errors.add(path + ".off", "减额须大于 0 且小于门槛 / the amount off must be above 0 and below the threshold");
            } else if (threshold <= previous) {
                errors.add(path + ".threshold", "门槛须逐档递增 / thresholds must rise from tier to tier");
            } else {
                tiers.add(new Rule.Tier(threshold, off));
            }
            previous = Math.max(previous, threshold);
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).offFen() <= tiers.get(i - 1).offFen()) {
                errors.add("rule.tiers[" + i + "].off", "高档减额须大于低档 / a higher tier must take off more");
            }
        }
        return tiers.isEmpty() ? null : new Rule.TieredReduction(tiers);
    }

    private static Rule every(JsonNode rule, FieldErrors errors) {
        Long every = errors.fen(rule, "every", "rule.every", true);
        Long off = errors.fen(rule, "off", "rule.off", true);
        Long cap = errors.fen(rule, "cap", "rule.cap", false);
        if (every == null || off == null) {
            return null;
        }
        if (every <= 0) {
            errors.add("rule.every", "须大于 0 / must be above 0");
        }
        if (off <= 0 || off >= every) {
            errors.add("rule.off", "减额须大于 0 且小于每满金额 / the amount off must be above 0 and below the step");
        }
        if (cap != null && cap > 0 && cap < off) {
            errors.add("rule.cap", "封顶不能小于单次减额 / the cap cannot be below one step's amount off");
        }
        return errors.isEmpty() ? new Rule.EveryReduction(every, off, cap == null ? 0 : cap) : null;
    }

    private static Rule quantity(JsonNode rule, FieldErrors errors) {
        List<Rule.QtyTier> tiers = new ArrayList<>();
        List<JsonNode> nodes = errors.array(rule, "tiers", "rule.tiers");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "rule.tiers[" + i + "]";
            Integer units = errors.integer(nodes.get(i), "minUnits", path + ".minUnits", 1, true);
            Integer rate = errors.rate(nodes.get(i), "rate", path + ".rate", true);
            if (units == null || rate == null) {
                continue;
            }
            if (!tiers.isEmpty() && units <= tiers.getLast().minUnits()) {
                errors.add(path + ".minUnits", "件数须逐档递增 / unit counts must rise from tier to tier");
            } else if (!tiers.isEmpty() && rate >= tiers.getLast().rateBp()) {
                errors.add(path + ".rate", "高档折扣须更低 / a higher tier must give a lower rate");
            } else {
                tiers.add(new Rule.QtyTier(units, rate));
            }
        }
        return tiers.isEmpty() ? null : new Rule.QuantityRate(tiers);
    }

    private static Rule gift(JsonNode rule, FieldErrors errors) {
        Long threshold = errors.fen(rule, "threshold", "rule.threshold", false);
        Integer units = errors.integer(rule, "minUnits", "rule.minUnits", 0, false);
        String sku = errors.text(rule, "giftSku", "rule.giftSku", true);
        Integer quantity = errors.integer(rule, "giftQuantity", "rule.giftQuantity", 1, true);
        if ((threshold == null || threshold == 0) && (units == null || units == 0)) {
            errors.add("rule.threshold", "须设门槛金额或件数 / set a threshold amount or a number of units");
        }
        if (sku == null || quantity == null || !errors.isEmpty()) {
            return null;
        }
        return new Rule.Gift(threshold == null ? 0 : threshold, units == null ? 0 : units, sku, quantity);
    }

    private static Rule flash(JsonNode rule, FieldErrors errors) {
        Integer rate = errors.rate(rule, "rate", "rule.rate", false);
        Long fixed = errors.fen(rule, "fixedPrice", "rule.fixedPrice", false);
        boolean hasRate = rule.hasNonNull("rate");
        boolean hasFixed = rule.hasNonNull("fixedPrice");
        if (hasRate == hasFixed) {
            errors.add("rule.rate", "折扣率与固定价须填且只填一项 / give either a rate or a fixed price");
            return null;
        }
        if (rate != null) {
            return Rule.FlashDiscount.rate(rate);
        }
        return fixed == null ? null : Rule.FlashDiscount.fixed(fixed);
    }

    private static Rule member(JsonNode rule, FieldErrors errors) {
        Map<String, Map<String, Long>> prices = new LinkedHashMap<>();
        List<JsonNode> nodes = errors.array(rule, "prices", "rule.prices");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "rule.prices[" + i + "]";
            String tier = errors.text(nodes.get(i), "tier", path + ".tier", true);
            String sku = errors.text(nodes.get(i), "skuCode", path + ".skuCode", true);
            Long price = errors.fen(nodes.get(i), "price", path + ".price", true);
            if (tier == null || sku == null || price == null) {
                continue;
            }
            if (prices.computeIfAbsent(tier, t -> new HashMap<>()).putIfAbsent(sku, price) != null) {
                errors.add(path + ".skuCode", "同一等级同一 SKU 重复 / this tier already prices this SKU");
            }
        }
        return prices.isEmpty() ? null : new Rule.MemberPrice(prices);
    }

    private static Rule nForM(JsonNode rule, FieldErrors errors) {
        Integer n = errors.integer(rule, "n", "rule.n", 2, true);
        Integer rate = errors.rate(rule, "rate", "rule.rate", true);
        return n == null || rate == null ? null : new Rule.NForM(n, rate);
    }

    private static Rule nth(JsonNode rule, FieldErrors errors) {
        Integer n = errors.integer(rule, "n", "rule.n", 2, true);
        Integer rate = errors.rate(rule, "rate", "rule.rate", true);
        return n == null || rate == null ? null : new Rule.NthUnit(n, rate);
    }

    private static Rule bundle(JsonNode rule, FieldErrors errors) {
        Map<String, Integer> items = new LinkedHashMap<>();
        List<JsonNode> nodes = errors.array(rule, "items", "rule.items");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "rule.items[" + i + "]";
            String sku = errors.text(nodes.get(i), "skuCode", path + ".skuCode", true);
            Integer quantity = errors.integer(nodes.get(i), "quantity", path + ".quantity", 1, true);
            if (sku != null && quantity != null && items.putIfAbsent(sku, quantity) != null) {
                errors.add(path + ".skuCode", "套装内 SKU 重复 / the SKU is already in the bundle");
            }
        }
        Long price = errors.fen(rule, "price", "rule.price", true);
        if (items.values().stream().mapToInt(Integer::intValue).sum() < 2 && !items.isEmpty()) {
            errors.add("rule.items", "套装至少两件 / a bundle holds at least two units");
        }
        return items.isEmpty() || price == null ? null : new Rule.Bundle(items, price);
    }

    /** The one-line, bilingual summary of a rule, e.g. "满200减20，满300减40 / spend 200 save 20, spend 300 save 40". */
    static String summary(Rule rule) {
        return switch (rule) {
            case Rule.TieredReduction r ->
                r.tiers().stream()
                                .map(t -> "满" + yuan(t.thresholdFen()) + "减" + yuan(t.offFen()))
                                .collect(Collectors.joining("，"))
                        + " / "
                        + r.tiers().stream()
                                .map(t -> "spend " + yuan(t.thresholdFen()) + " save " + yuan(t.offFen()))
                                .collect(Collectors.joining(", "));
            case Rule.EveryReduction r ->
                "每满" + yuan(r.everyFen()) + "减" + yuan(r.offFen()) + (r.capFen() > 0 ? "，封顶" + yuan(r.capFen()) : "")
                        + " / save " + yuan(r.offFen()) + " per " + yuan(r.everyFen())
                        + (r.capFen() > 0 ? ", up to " + yuan(r.capFen()) : "");
            case Rule.QuantityRate r ->
                r.tiers().stream()
                                .map(t -> "满" + t.minUnits() + "件" + zhe(t.rateBp()) + "折")
                                .collect(Collectors.joining("，"))
                        + " / "
                        + r.tiers().stream()
                                .map(t -> t.minUnits() + "+ units pay " + percent(t.rateBp()))
                                .collect(Collectors.joining(", "));
            case Rule.Gift r ->
                gateZh(r) + "赠 " + r.giftSku() + " ×" + r.giftQty() + " / " + r.giftSku() + " ×" + r.giftQty()
                        + " free from " + gateEn(r);
            case Rule.FlashDiscount r ->
                r.rateBp() != null
                        ? zhe(r.rateBp()) + "折 / pay " + percent(r.rateBp())
                        : "一口价 " + yuan(r.fixedUnitFen()) + " / fixed price " + yuan(r.fixedUnitFen());
            case Rule.MemberPrice r -> {
                int count = r.prices().values().stream().mapToInt(Map::size).sum();
                yield "会员价 " + count + " 项（" + String.join("、", r.prices().keySet()) + "） / " + count
                        + " member prices";
            }
            case Rule.NForM r -> r.n() + "件" + zhe(r.rateBp()) + "折 / " + r.n() + " units pay " + percent(r.rateBp());
            case Rule.NthUnit r ->
                (r.n() == 2 && r.rateBp() == 5000 ? "第二件半价" : "第" + r.n() + "件" + zhe(r.rateBp()) + "折") + " / unit "
                        + r.n() + " pays " + percent(r.rateBp());
            case Rule.Bundle r ->
                "套装 "
                        + r.items().entrySet().stream()
                                .map(e -> e.getKey() + "×" + e.getValue())
                                .sorted()
                                .collect(Collectors.joining("+"))
                        + " = " + yuan(r.priceFen()) + " / bundle for " + yuan(r.priceFen());
        };
    }

    private static String gateZh(Rule.Gift r) {
        return (r.thresholdFen() > 0 ? "满" + yuan(r.thresholdFen()) : "")
                + (r.minUnits() > 0 ? "满" + r.minUnits() + "件" : "");
    }

    private static String gateEn(Rule.Gift r) {
        return (r.thresholdFen() > 0 ? yuan(r.thresholdFen()) : "")
                + (r.thresholdFen() > 0 && r.minUnits() > 0 ? " and " : "")
                + (r.minUnits() > 0 ? r.minUnits() + " units" : "");
    }

    static String yuan(long fen) {
        return Fen.yuan(fen);
    }

    /** 8500 → "8.5". */
    static String zhe(int rateBp) {
        return new BigDecimal(rateBp).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /** 8500 → "85 %". */
    static String percent(int rateBp) {
        return new BigDecimal(rateBp).movePointLeft(2).stripTrailingZeros().toPlainString() + " %";
    }
}
