package io.storeops.orders;

import io.storeops.inventory.WarehouseView;
import io.storeops.inventory.Warehouses;
import io.storeops.orders.internal.OrderRulesRepository;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PhoneNumber;
import io.storeops.shared.ResourceKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order team's rules: automatic review settings, the blacklist (F4.2) and the warehouse routing table (F4.3).
 * Every change is audited.
 */
@Service
public class OrderRules {

    private final OrderRulesRepository rules;
    private final Warehouses warehouses;
    private final AuditLog audit;
    private final JsonMapper json;

    OrderRules(OrderRulesRepository rules, Warehouses warehouses, AuditLog audit, JsonMapper json) {
        this.rules = rules;
        this.warehouses = warehouses;
        this.audit = audit;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public ReviewSettings reviewSettings() {
        return rules.reviewSettingsJson()
                .map(text -> json.readValue(text, ReviewSettings.class))
                .orElse(ReviewSettings.DEFAULTS);
    }

    @Transactional
    public ReviewSettings updateReviewSettings(ReviewSettings settings) {
        if (settings.amountFactor() == null || settings.amountFactor().compareTo(BigDecimal.ONE) <= 0) {
            throw new FieldErrorException("amountFactor", Message.of(OrderMessage.GREATER_THAN_ONE));
        }
        if (settings.firstOrderLimit() == null || settings.firstOrderLimit().isNegative()) {
            throw new FieldErrorException("firstOrderLimit", Message.of(OrderMessage.NON_NEGATIVE_AMOUNT));
        }
        if (settings.minHistoryOrders() < 1 || settings.minHistoryOrders() > 100) {
            throw new FieldErrorException("minHistoryOrders", Message.of(OrderMessage.BETWEEN, "min", 1, "max", 100));
        }
        if (settings.mergeWindowMinutes() < 0 || settings.mergeWindowMinutes() > 7 * 24 * 60) {
            throw new FieldErrorException(
                    "mergeWindowMinutes", Message.of(OrderMessage.BETWEEN, "min", 0, "max", 10080));
        }
        ReviewSettings before = reviewSettings();
        rules.saveReviewSettings(json.writeValueAsString(settings), AuditLog.currentActor());
        audit.record(
                AuditAction.UPDATE, "order-review-settings", 1, "Changed the automatic review rules", before, settings);
        return settings;
    }

    @Transactional(readOnly = true)
    public List<BlacklistEntry> blacklist() {
        return rules.blacklist().stream()
                .map(r -> new BlacklistEntry(
                        r.id(),
                        BlacklistEntry.Kind.valueOf(r.kind()),
                        r.value(),
                        r.reason(),
                        r.createdBy(),
                        r.createdAt()))
                .toList();
    }

    @Transactional
    public BlacklistEntry addToBlacklist(BlacklistEntry.Kind kind, String value, String reason) {
        String normalised = normalise(kind, value);
        if (normalised.isEmpty()) {
            throw new FieldErrorException("value", Message.of(OrderMessage.REQUIRED));
        }
        long id = rules.addToBlacklist(kind.name(), normalised, reason, AuditLog.currentActor())
                .orElseThrow(() -> new ConflictException("duplicate", Message.of(OrderMessage.ALREADY_BLACKLISTED)));
        BlacklistEntry entry =
                blacklist().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        audit.record(AuditAction.CREATE, "order-blacklist", id, "Blacklisted " + kind + " " + normalised, null, entry);
        return entry;
    }

    @Transactional
    public void removeFromBlacklist(long id) {
        var removed = rules.removeFromBlacklist(id)
                .orElseThrow(() -> new NotFoundException(ResourceKind.BLACKLIST_ENTRY, id));
        audit.record(
                AuditAction.DELETE,
                "order-blacklist",
                id,
                "Removed " + removed.kind() + " " + removed.value() + " from the blacklist",
                removed,
                null);
    }

    /**
     * Phones are kept in E.164 like the buyers' phones (400 naming {@code value} when it is not a phone number);
     * addresses are compared without spaces, like the review rules do.
     */
    static String normalise(BlacklistEntry.Kind kind, String value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case BUYER -> value.strip();
            case PHONE ->
                PhoneNumber.withoutInvisibles(value).isEmpty()
                        ? ""
                        : PhoneNumber.parse("value", value).e164();
            case ADDRESS -> value.replaceAll("\\s+", "");
        };
    }

    OrderReview.Blacklist blacklistSets() {
        Set<String> buyers = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (var row : rules.blacklist()) {
            switch (BlacklistEntry.Kind.valueOf(row.kind())) {
                case BUYER -> buyers.add(row.value());
                case PHONE -> phones.add(row.value());
                case ADDRESS -> addresses.add(row.value());
            }
        }
        return new OrderReview.Blacklist(buyers, phones, addresses);
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> routingRules() {
        return rules.routingRules().stream()
                .map(r -> new RoutingRule(r.province(), r.warehouse(), r.priority(), r.cost()))
                .toList();
    }

    @Transactional
    public List<RoutingRule> replaceRoutingRules(List<RoutingRule> replacement) {
        Set<String> known = warehouses.list().stream().map(WarehouseView::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < replacement.size(); i++) {
            RoutingRule r = replacement.get(i);
            if (r.province() == null || r.province().isBlank()) {
                throw new FieldErrorException("rules[" + i + "].province", Message.of(OrderMessage.REQUIRED));
            }
            if (!known.contains(r.warehouse())) {
                throw new FieldErrorException(
                        "rules[" + i + "].warehouse",
                        Message.of(OrderMessage.UNKNOWN_WAREHOUSE, "warehouse", r.warehouse()));
            }
            if (r.cost() == null || r.cost().signum() < 0 || r.cost().scale() > 2) {
                throw new FieldErrorException("rules[" + i + "].cost", Message.of(OrderMessage.NON_NEGATIVE_AMOUNT));
            }
            if (!seen.add(r.province().strip() + "|" + r.warehouse())) {
                throw new FieldErrorException("rules[" + i + "]", Message.of(OrderMessage.ROUTING_RULE_TWICE));
            }
        }
        List<RoutingRule> before = routingRules();
        rules.replaceRoutingRules(replacement.stream()
                .map(r -> new OrderRulesRepository.RoutingRow(
                        r.province().strip(), r.warehouse(), r.priority(), r.cost()))
                .toList());
        audit.record(
                AuditAction.UPDATE,
                "order-routing-rules",
                "all",
                "Replaced the routing table (" + replacement.size() + " rules)",
                before,
                replacement);
        return routingRules();
    }

    private static final List<String> PROVINCE_SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市");

    /** A province as people write it short, so 广东省, 广东 and 广东 省 match, and 北京市 matches 北京. */
    static String shortProvince(String province) {
        if (province == null) {
            return "";
        }
        String name = province.replaceAll("\\s+", "");
        for (String suffix : PROVINCE_SUFFIXES) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /**
     * The active warehouses ranked for a province: those in the routing table for it by priority, then cost; then
     * every other active warehouse — in the same province first, then by the warehouse's own priority. Provinces are
     * compared by their short name ({@link #shortProvince}).
     */
    List<String> rank(String buyerProvince, List<RoutingRule> table, List<WarehouseView> all) {
        String province = shortProvince(buyerProvince);
        Map<String, WarehouseView> active =
                all.stream().filter(WarehouseView::active).collect(Collectors.toMap(WarehouseView::code, w -> w));
        LinkedHashSet<String> ranked = new LinkedHashSet<>();
        table.stream()
                .filter(r -> shortProvince(r.province()).equals(province) && active.containsKey(r.warehouse()))
                .sorted(Comparator.comparingInt(RoutingRule::priority).thenComparing(RoutingRule::cost))
                .forEach(r -> ranked.add(r.warehouse()));
        List<WarehouseView> rest = new ArrayList<>(active.values());
        rest.sort(Comparator.comparing(
                        (WarehouseView w) -> !shortProvince(w.province()).equals(province))
                .thenComparingInt(WarehouseView::priority)
                .thenComparing(WarehouseView::code));
        rest.forEach(w -> ranked.add(w.code()));
        return List.copyOf(ranked);
    }
}
