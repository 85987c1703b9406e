package io.storeops.promotions;

import io.storeops.promotions.engine.Fen;
import io.storeops.promotions.engine.Rule;
import io.storeops.shared.Message;
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
            errors.add("rule", Message.of(PromotionsMessage.REQUIRED));
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
                errors.add(path + ".off", Message.of(PromotionsMessage.OFF_BELOW_THRESHOLD));
            } else if (threshold <= previous) {
                errors.add(path + ".threshold", Message.of(PromotionsMessage.THRESHOLDS_MUST_RISE));
            } else {
                tiers.add(new Rule.Tier(threshold, off));
            }
            previous = Math.max(previous, threshold);
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).offFen() <= tiers.get(i - 1).offFen()) {
                errors.add("rule.tiers[" + i + "].off", Message.of(PromotionsMessage.HIGHER_TIER_MORE_OFF));
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
            errors.add("rule.every", Message.of(PromotionsMessage.MUST_BE_POSITIVE));
        }
        if (off <= 0 || off >= every) {
            errors.add("rule.off", Message.of(PromotionsMessage.OFF_BELOW_STEP));
        }
        if (cap != null && cap > 0 && cap < off) {
            errors.add("rule.cap", Message.of(PromotionsMessage.CAP_BELOW_STEP_OFF));
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
                errors.add(path + ".minUnits", Message.of(PromotionsMessage.UNITS_MUST_RISE));
            } else if (!tiers.isEmpty() && rate >= tiers.getLast().rateBp()) {
                errors.add(path + ".rate", Message.of(PromotionsMessage.HIGHER_TIER_LOWER_RATE));
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
            errors.add("rule.threshold", Message.of(PromotionsMessage.GIFT_THRESHOLD_REQUIRED));
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
            errors.add("rule.rate", Message.of(PromotionsMessage.RATE_OR_FIXED_PRICE));
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
                errors.add(path + ".skuCode", Message.of(PromotionsMessage.MEMBER_PRICE_DUPLICATE_SKU));
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
                errors.add(path + ".skuCode", Message.of(PromotionsMessage.BUNDLE_DUPLICATE_SKU));
            }
        }
        Long price = errors.fen(rule, "price", "rule.price", true);
        if (items.values().stream().mapToInt(Integer::intValue).sum() < 2 && !items.isEmpty()) {
            errors.add("rule.items", Message.of(PromotionsMessage.BUNDLE_TOO_SMALL));
        }
        return items.isEmpty() || price == null ? null : new Rule.Bundle(items, price);
    }

    /** The one-line summary of a rule, e.g. 满200减20、满300减40 (a list of tiers, or one message). */
    static Object summary(Rule rule) {
        return switch (rule) {
            case Rule.TieredReduction r ->
                r.tiers().stream()
                        .map(t -> Message.of(
                                PromotionsMessage.SUMMARY_SPEND_SAVE,
                                "threshold",
                                yuan(t.thresholdFen()),
                                "off",
                                yuan(t.offFen())))
                        .toList();
            case Rule.EveryReduction r ->
                r.capFen() > 0
                        ? Message.of(
                                PromotionsMessage.SUMMARY_EVERY_CAPPED,
                                "every",
                                yuan(r.everyFen()),
                                "off",
                                yuan(r.offFen()),
                                "cap",
                                yuan(r.capFen()))
                        : Message.of(
                                PromotionsMessage.SUMMARY_EVERY, "every", yuan(r.everyFen()), "off", yuan(r.offFen()));
            case Rule.QuantityRate r ->
                r.tiers().stream()
                        .map(t -> Message.of(
                                PromotionsMessage.SUMMARY_UNITS_RATE, "units", t.minUnits(), "rate", zhe(t.rateBp())))
                        .toList();
            case Rule.Gift r ->
                Message.of(PromotionsMessage.SUMMARY_GIFT, "gate", gate(r), "sku", r.giftSku(), "qty", r.giftQty());
            case Rule.FlashDiscount r ->
                r.rateBp() != null
                        ? Message.of(PromotionsMessage.SUMMARY_FLASH_RATE, "rate", zhe(r.rateBp()))
                        : Message.of(PromotionsMessage.SUMMARY_FLASH_FIXED, "price", yuan(r.fixedUnitFen()));
            case Rule.MemberPrice r ->
                Message.of(
                        PromotionsMessage.SUMMARY_MEMBER_PRICES,
                        "count",
                        r.prices().values().stream().mapToInt(Map::size).sum(),
                        "tiers",
                        List.copyOf(r.prices().keySet()));
            case Rule.NForM r -> Message.of(PromotionsMessage.SUMMARY_N_FOR_M, "n", r.n(), "rate", zhe(r.rateBp()));
            case Rule.NthUnit r ->
                r.n() == 2 && r.rateBp() == 5000
                        ? Message.of(PromotionsMessage.SUMMARY_SECOND_HALF_PRICE)
                        : Message.of(PromotionsMessage.SUMMARY_NTH_UNIT, "n", r.n(), "rate", zhe(r.rateBp()));
            case Rule.Bundle r ->
                Message.of(
                        PromotionsMessage.SUMMARY_BUNDLE,
                        "items",
                        r.items().entrySet().stream()
                                .map(e -> e.getKey() + "×" + e.getValue())
                                .sorted()
                                .collect(Collectors.joining("+")),
                        "price",
                        yuan(r.priceFen()));
        };
    }

    private static Message gate(Rule.Gift r) {
        if (r.thresholdFen() > 0 && r.minUnits() > 0) {
            return Message.of(
                    PromotionsMessage.GATE_AMOUNT_AND_UNITS, "amount", yuan(r.thresholdFen()), "units", r.minUnits());
        }
        return r.thresholdFen() > 0
                ? Message.of(PromotionsMessage.GATE_AMOUNT, "amount", yuan(r.thresholdFen()))
                : Message.of(PromotionsMessage.GATE_UNITS, "units", r.minUnits());
    }

    static String yuan(long fen) {
        return Fen.yuan(fen);
    }

    /** 8500 → "8.5". */
    static String zhe(int rateBp) {
        return new BigDecimal(rateBp).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
