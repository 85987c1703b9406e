package io.storeops.promotions;

import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.promotions.engine.CouponKind;
import io.storeops.promotions.internal.CouponRepository;
import io.storeops.promotions.internal.CouponRepository.Claim;
import io.storeops.promotions.internal.CouponRepository.ClaimSource;
import io.storeops.promotions.internal.CouponRepository.Template;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Coupons (F5.1): templates (店铺券 for the whole order, 商品券 for products in scope; a threshold; an amount, or a rate
 * with a cap; valid in a window or for N days after claim; a total quantity and a per-customer limit), claimed by a
 * customer or issued to a list, and redeemed at most once — two checkouts racing for the same coupon get one success
 * and one 409. Template changes and issues are audited.
 */
@Service
public class Coupons {

    private final CouponRepository coupons;
    private final AuditLog audit;
    private final Clock clock;
    private final CatalogReferences references;
    private final TransactionTemplate transactions;

    Coupons(
            CouponRepository coupons,
            AuditLog audit,
            Clock clock,
            TransactionTemplate transactions,
            CatalogReferences references) {
        this.references = references;
        this.coupons = coupons;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    public record TemplateRequest(
            String name,
            String kind,
            ScopeSpec scope,
            BigDecimal threshold,
            BigDecimal amount,
            BigDecimal rate,
            BigDecimal cap,
            Instant validFrom,
            Instant validUntil,
            Integer validDays,
            Integer totalQuantity,
            Integer perUserLimit,
            Boolean autoIssueOnOrder,
            Integer version) {}

    public record TemplateView(
            long id,
            String name,
            CouponKind kind,
            CouponStatus status,
            ScopeSpec scope,
            Money threshold,
            Money amount,
            BigDecimal rate,
            Money cap,
            Instant validFrom,
            Instant validUntil,
            Integer validDays,
            int totalQuantity,
            int perUserLimit,
            boolean autoIssueOnOrder,
            int issued,
            int redeemed,
            Message summary,
            Instant createdAt,
            int version) {

        public CouponTemplateId templateId() {
            return new CouponTemplateId(id);
        }
    }

    public record ClaimView(
            long id,
            long templateId,
            String templateName,
            CouponKind kind,
            String customerId,
            Instant claimedAt,
            Instant validFrom,
            Instant validUntil,
            Instant redeemedAt,
            String orderRef,
            ClaimStatus status) {}

    public record IssueResult(int issued, List<Skipped> skipped) {}

    public record Skipped(String customerId, Message reason) {}

    @Transactional
    public TemplateView create(TemplateRequest request) {
        Template t = validate(request);
        long id = coupons.insertTemplate(t, AuditLog.currentActor());
        TemplateView view = get(new CouponTemplateId(id));
        audit.record(AuditAction.CREATE, "coupon-template", String.valueOf(id), "Coupon " + view.name(), null, view);
        return view;
    }

    @Transactional
    public TemplateView update(CouponTemplateId id, TemplateRequest request) {
        TemplateView before = get(id);
        Template t = validate(request);
        if (!coupons.updateTemplate(id.value(), t, request.version() == null ? before.version() : request.version())) {
            throw new ConflictException("stale-version", Message.of(PromotionsMessage.COUPON_CHANGED_MEANWHILE));
        }
        TemplateView after = get(id);
        audit.record(
                AuditAction.UPDATE,
                "coupon-template",
                String.valueOf(id.value()),
                "Coupon " + after.name(),
                before,
                after);
        return after;
    }

    /** Lets customers claim it (and orders earn it, if it is issued on orders); already active, it stays so. */
    @Transactional
    public TemplateView activate(CouponTemplateId id) {
        return move(id.value(), CouponStatus.ACTIVE);
    }

    /** Stops claims and issues; already paused, it stays so. */
    @Transactional
    public TemplateView pause(CouponTemplateId id) {
        return move(id.value(), CouponStatus.PAUSED);
    }

    /**
     * The one way a template's status changes: staying in its status is nothing, a move must be in {@link
     * CouponStatus}'s table, the stored status changes only if it is still the one read (else 409), and it is audited.
     */
    private TemplateView move(long id, CouponStatus target) {
        Template row = coupons.lock(id).orElseThrow(() -> new NotFoundException(ResourceKind.COUPON_TEMPLATE, id));
        TemplateView before = view(row);
        if (row.status() == target) {
            return before;
        }
        row.status().requireMoveTo(target);
        if (!coupons.moveStatus(id, row.status(), target)) {
            throw coupons.find(id).orElseThrow().status().refusal(target);
        }
        TemplateView after = get(new CouponTemplateId(id));
        audit.record(
                AuditAction.TRANSITION,
                "coupon-template",
                String.valueOf(id),
                "Coupon " + before.name() + ": " + before.status() + " → " + target,
                before,
                after);
        return after;
    }

    @Transactional(readOnly = true)
    public TemplateView get(CouponTemplateId id) {
        return coupons.find(id.value())
                .map(this::view)
                .orElseThrow(() -> new NotFoundException(ResourceKind.COUPON_TEMPLATE, id.value()));
    }

    @Transactional(readOnly = true)
    public PageResult<TemplateView> search(CouponStatus status, CouponKind kind, String q, int page, int size) {
        var result = coupons.search(status, kind, blank(q), page, size);
        return new PageResult<>(
                result.items().stream().map(this::view).toList(), result.total(), result.page(), result.size());
    }

    /**
     * A customer claims one coupon of the template (within its total and the per-customer limit); a phone number is
     * the same customer however it is spelled ({@link CustomerId}).
     */
    @Transactional
    public ClaimView claim(CouponTemplateId templateId, String customerId) {
        CustomerId customer = CustomerId.parse("customerId", customerId);
        Template t = coupons.find(templateId.value())
                .orElseThrow(() -> new NotFoundException(ResourceKind.COUPON_TEMPLATE, templateId.value()));
        return view(claimOne(t, customer.value(), ClaimSource.CLAIM));
    }

    /** Issues one coupon to each listed customer (targeted issue); each customer is handled on its own. */
    public IssueResult issue(CouponTemplateId templateId, List<String> customerIds) {
        Template t = coupons.find(templateId.value())
                .orElseThrow(() -> new NotFoundException(ResourceKind.COUPON_TEMPLATE, templateId.value()));
        if (customerIds == null || customerIds.isEmpty() || customerIds.size() > 10_000) {
            throw new FieldErrorException(
                    "customerIds", Message.of(PromotionsMessage.CUSTOMERS_RANGE, "min", 1, "max", 10_000));
        }
        int issued = 0;
        List<Skipped> skipped = new ArrayList<>();
        Set<String> customers = new LinkedHashSet<>();
        for (String raw : customerIds) {
            try {
                customers.add(CustomerId.parse("customerIds", raw).value());
            } catch (FieldErrorException e) {
                skipped.add(new Skipped(
                        raw,
                        Message.of(
                                PromotionsMessage.CUSTOMER_ID_SKIPPED,
                                "reason",
                                e.errors().getFirst().message())));
            }
        }
        for (String customer : customers) {
            try {
                transactions.executeWithoutResult(s -> claimOne(t, customer, ClaimSource.ISSUE));
                issued++;
            } catch (ConflictException e) {
                skipped.add(new Skipped(customer, e.userMessage()));
            }
        }
        IssueResult result = new IssueResult(issued, skipped);
        transactions.executeWithoutResult(s -> audit.record(
                AuditAction.UPDATE,
                "coupon-template",
                String.valueOf(templateId.value()),
                "Coupon " + t.name() + " issued to " + result.issued() + " customers, " + skipped.size() + " skipped",
                null,
                result));
        return result;
    }

    /** Redeems a coupon for an order, once. */
    @Transactional
    public ClaimView redeem(long claimId, String orderRef) {
        if (orderRef == null || orderRef.isBlank() || orderRef.length() > 64) {
            throw new FieldErrorException(
                    "orderRef", Message.of(PromotionsMessage.REQUIRED_AT_MOST_CHARACTERS, "max", 64));
        }
        Claim claim = coupons.findClaim(claimId).orElseThrow(() -> new NotFoundException(ResourceKind.COUPON, claimId));
        Instant now = clock.instant();
        if (!coupons.redeem(claimId, orderRef.strip(), now)) {
            Claim current = coupons.findClaim(claimId).orElseThrow();
            throw new ConflictException(
                    current.redeemedAt() != null ? "coupon-redeemed" : "coupon-not-valid",
                    current.redeemedAt() != null
                            ? Message.of(PromotionsMessage.COUPON_REDEEMED_FOR_ORDER, "order", current.orderRef())
                            : Message.of(PromotionsMessage.COUPON_NOT_VALID_NOW));
        }
        ClaimView after = view(coupons.findClaim(claimId).orElseThrow());
        audit.record(
                AuditAction.TRANSITION,
                "coupon",
                String.valueOf(claimId),
                "Coupon " + claim.templateName() + " of " + claim.customerId() + " redeemed for " + orderRef,
                view(claim),
                after);
        return after;
    }

    @Transactional(readOnly = true)
    public PageResult<ClaimView> claims(
            String customerId, CouponTemplateId templateId, ClaimStatus status, int page, int size) {
        String customer = blank(customerId) == null
                ? null
                : CustomerId.parse("customerId", customerId).value();
        var result = coupons.searchClaims(customer, templateId == null ? null : templateId.value(), status, page, size);
        return new PageResult<>(
                result.items().stream().map(this::view).toList(), result.total(), result.page(), result.size());
    }

    /** Runs in the caller's transaction; throws {@link ConflictException} (before writing) when none may be had. */
    Claim claimOne(Template t, String customerId, ClaimSource source) {
        coupons.lockCustomer(t.id(), customerId);
        Instant now = clock.instant();
        if (t.validUntil() != null && !now.isBefore(t.validUntil())) {
            throw new ConflictException("coupon-expired", Message.of(PromotionsMessage.COUPON_EXPIRED));
        }
        if (coupons.claimsOf(t.id(), customerId) >= t.perUserLimit()) {
            throw new ConflictException(
                    "coupon-limit", Message.of(PromotionsMessage.COUPON_LIMIT_REACHED, "limit", t.perUserLimit()));
        }
        if (!coupons.takeOne(t.id())) {
            throw new ConflictException("coupon-unavailable", Message.of(PromotionsMessage.COUPON_UNAVAILABLE));
        }
        Instant from = t.validFrom() != null && t.validFrom().isAfter(now) ? t.validFrom() : now;
        Instant until = t.validDays() != null ? now.plus(Duration.ofDays(t.validDays())) : t.validUntil();
        return coupons.insertClaim(t.id(), customerId, from, until, source);
    }

    /** The template a request describes, as a draft; every invalid field is reported at once. */
    private Template validate(TemplateRequest r) {
        FieldErrors errors = new FieldErrors();
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add("name", Message.of(PromotionsMessage.PROMOTION_NAME_REQUIRED));
        }
        CouponKind kind = kind(r.kind());
        if (kind == null) {
            errors.add("kind", Message.of(PromotionsMessage.COUPON_KIND_INVALID));
        }
        ScopeSpec scope = scope(r.scope(), kind, errors);
        BigDecimal threshold = r.threshold() == null ? BigDecimal.ZERO : r.threshold();
        checkAmount(threshold, "threshold", errors, true);
        Integer rateBp = checkValue(r, threshold, errors);
        checkValidity(r, errors);
        if (r.totalQuantity() == null || r.totalQuantity() < 1 || r.totalQuantity() > 10_000_000) {
            errors.add("totalQuantity", Message.of(PromotionsMessage.NUMBER_RANGE, "min", 1, "max", 10_000_000));
        }
        int perUser = r.perUserLimit() == null ? 1 : r.perUserLimit();
        if (perUser < 1 || perUser > 100) {
            errors.add("perUserLimit", Message.of(PromotionsMessage.NUMBER_RANGE, "min", 1, "max", 100));
        }
        errors.throwIfAny();
        return new Template(
                0,
                name,
                kind,
                CouponStatus.DRAFT,
                scope,
                threshold,
                r.amount(),
                rateBp,
                r.cap(),
                r.validFrom(),
                r.validUntil(),
                r.validDays(),
                r.totalQuantity(),
                perUser,
                Boolean.TRUE.equals(r.autoIssueOnOrder()),
                0,
                0,
                null,
                null,
                0);
    }

    /** A product coupon names categories or SKUs; a shop coupon covers every line (on its channels and tiers). */
    private ScopeSpec scope(ScopeSpec requested, CouponKind kind, FieldErrors errors) {
        ScopeSpec scope = requested == null ? ScopeSpec.everything() : requested;
        if (kind == CouponKind.PRODUCT && scope.all()) {
            errors.add("scope", Message.of(PromotionsMessage.PRODUCT_COUPON_SCOPE));
        }
        if (kind == CouponKind.SHOP) {
            scope = new ScopeSpec(true, List.of(), List.of(), scope.channels(), scope.memberTiers());
        }
        references.scope(scope, "scope").forEach(e -> errors.add(e.field(), e.message()));
        return scope;
    }

    /** Checks the amount off (below the threshold) or the rate, and the cap; answers the rate in basis points. */
    private static Integer checkValue(TemplateRequest r, BigDecimal threshold, FieldErrors errors) {
        Integer rateBp = null;
        if ((r.amount() == null) == (r.rate() == null)) {
            errors.add("amount", Message.of(PromotionsMessage.AMOUNT_OR_RATE));
        } else if (r.amount() != null) {
            checkAmount(r.amount(), "amount", errors, false);
            if (threshold.signum() > 0 && r.amount().compareTo(threshold) >= 0) {
                errors.add("amount", Message.of(PromotionsMessage.AMOUNT_BELOW_THRESHOLD));
            }
        } else {
            rateBp = errors.rate(JsonNodeFactory.instance.objectNode().put("rate", r.rate()), "rate", "rate", true);
        }
        if (r.cap() != null) {
            checkAmount(r.cap(), "cap", errors, false);
        }
        return rateBp;
    }

    /** Valid until an end after the start, or for 1–3650 days after the claim: exactly one of them. */
    private static void checkValidity(TemplateRequest r, FieldErrors errors) {
        boolean days = r.validDays() != null;
        if (days == (r.validUntil() != null)) {
            errors.add("validUntil", Message.of(PromotionsMessage.VALID_UNTIL_OR_DAYS));
        } else if (days && (r.validDays() < 1 || r.validDays() > 3650)) {
            errors.add("validDays", Message.of(PromotionsMessage.DAYS_RANGE, "min", 1, "max", 3650));
        } else if (!days && r.validFrom() != null && !r.validUntil().isAfter(r.validFrom())) {
            errors.add("validUntil", Message.of(PromotionsMessage.VALID_UNTIL_AFTER_START));
        }
    }

    /** The kind a request names exactly ({@code SHOP} or {@code PRODUCT}); null for anything else. */
    private static CouponKind kind(String name) {
        for (CouponKind kind : CouponKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private static void checkAmount(BigDecimal amount, String field, FieldErrors errors, boolean zeroAllowed) {
        if (amount.signum() < 0
                || (!zeroAllowed && amount.signum() == 0)
                || amount.stripTrailingZeros().scale() > 2) {
            errors.add(field, Message.of(PromotionsMessage.POSITIVE_AMOUNT));
        }
    }

    private static Message value(Template t) {
        if (t.amount() != null) {
            return Message.of(
                    PromotionsMessage.COUPON_AMOUNT_OFF,
                    "amount",
                    t.amount().stripTrailingZeros().toPlainString());
        }
        String rate = PromotionRules.zhe(t.rateBp());
        return t.cap() == null
                ? Message.of(PromotionsMessage.COUPON_RATE, "rate", rate)
                : Message.of(
                        PromotionsMessage.COUPON_RATE_CAPPED,
                        "rate",
                        rate,
                        "cap",
                        t.cap().toPlainString());
    }

    private TemplateView view(Template t) {
        Message summary = Message.of(
                t.kind() == CouponKind.SHOP
                        ? PromotionsMessage.COUPON_SUMMARY_SHOP
                        : PromotionsMessage.COUPON_SUMMARY_PRODUCT,
                "gate",
                t.threshold().signum() > 0
                        ? Message.of(
                                PromotionsMessage.COUPON_GATE,
                                "threshold",
                                t.threshold().stripTrailingZeros().toPlainString())
                        : Message.of(PromotionsMessage.COUPON_NO_THRESHOLD),
                "value",
                value(t));
        return new TemplateView(
                t.id(),
                t.name(),
                t.kind(),
                t.status(),
                t.scope(),
                new Money(t.threshold()),
                t.amount() == null ? null : new Money(t.amount()),
                t.rateBp() == null
                        ? null
                        : new BigDecimal(t.rateBp()).movePointLeft(3).stripTrailingZeros(),
                t.cap() == null ? null : new Money(t.cap()),
                t.validFrom(),
                t.validUntil(),
                t.validDays(),
                t.totalQuantity(),
                t.perUserLimit(),
                t.autoIssueOnOrder(),
                t.issued(),
                t.redeemed(),
                summary,
                t.createdAt(),
                t.version());
    }

    private ClaimView view(Claim c) {
        ClaimStatus status = ClaimStatus.of(c.redeemedAt(), c.validUntil(), clock.instant());
        return new ClaimView(
                c.id(),
                c.templateId(),
                c.templateName(),
                c.kind(),
                c.customerId(),
                c.claimedAt(),
                c.validFrom(),
                c.validUntil(),
                c.redeemedAt(),
                c.orderRef(),
                status);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
