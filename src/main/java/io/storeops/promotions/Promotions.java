package io.storeops.promotions;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.promotions.engine.Promotion;
import io.storeops.promotions.engine.PromotionIndex;
import io.storeops.promotions.engine.Rule;
import io.storeops.promotions.internal.PromotionRepository;
import io.storeops.promotions.internal.PromotionRepository.Row;
import io.storeops.shared.ConflictException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import io.storeops.shared.RuleViolationException;
import io.storeops.shared.SortOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Promotions (F5.1) and their guardrails (F5.3): every save is validated field by field; activation is refused when
 * any SKU could then be sold below its floor, unless a person with {@code promotion:approve} approved this version of
 * the promotion; conflicts with overlapping promotions are reported before activation. Every change is audited.
 * Active promotions are held in memory for pricing, indexed by channel, SKU and category ({@link PromotionIndex}):
 * dropped when a change made here commits, and reloaded at the latest {@value #RELOAD_AFTER_SECONDS} s after they were
 * loaded — the bound on how long a change made by another instance on the same database goes unseen.
 */
@Service
public class Promotions {

    static final int RELOAD_AFTER_SECONDS = 5;
    private static final String ACTIVE = "active";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name",
            "type", "type",
            "status", "status",
            "startsAt", "starts_at",
            "endsAt", "ends_at",
            "priority", "priority");

    private final PromotionRepository promotions;
    private final PriceFloor floor;
    private final AuditLog audit;
    private final Clock clock;
    private final CatalogReferences references;
    private final Cache<String, PromotionIndex> active;

    Promotions(
            PromotionRepository promotions,
            PriceFloor floor,
            AuditLog audit,
            Clock clock,
            CatalogReferences references,
            MeterRegistry meters) {
        this.references = references;
        this.promotions = promotions;
        this.floor = floor;
        this.audit = audit;
        this.clock = clock;
        this.active = ShortLived.cache("promotions.active", Duration.ofSeconds(RELOAD_AFTER_SECONDS), 1, meters);
    }

    /** What activation or a save would find: SKUs that could sell below their floor, and overlapping promotions. */
    public record CheckResult(List<PriceFloor.FloorViolation> floorViolations, List<Conflict> conflicts) {}

    /** Another promotion that overlaps in time and scope, and why that matters. */
    public record Conflict(long promotionId, String name, PromotionType type, Message reason) {}

    @Transactional
    public PromotionView create(PromotionRequest request) {
        var parsed = parse(request);
        long id = promotions.insert(parsed.fields(), AuditLog.currentActor());
        PromotionView view = get(new PromotionId(id));
        audit.record(AuditAction.CREATE, "promotion", String.valueOf(id), "Promotion " + view.name(), null, view);
        return view;
    }

    @Transactional
    public PromotionView update(PromotionId id, PromotionRequest request) {
        Row before = promotions
                .lock(id.value())
                .orElseThrow(() -> new NotFoundException(ResourceKind.PROMOTION, id.value()));
        if (!before.status().editable()) {
            throw new ConflictException("promotion-ended", Message.of(PromotionsMessage.PROMOTION_ENDED_UNCHANGEABLE));
        }
        var parsed = parse(request);
        int expected = request.version() == null ? before.version() : request.version();
        if (!promotions.update(id.value(), parsed.fields(), expected)) {
            throw new ConflictException("stale-version", Message.of(PromotionsMessage.PROMOTION_CHANGED_MEANWHILE));
        }
        if (before.status() == PromotionStatus.ACTIVE) {
            requireAboveFloor(promotions.find(id.value()).orElseThrow(), parsed.promotion(id.value()));
        }
        PromotionView after = get(id);
        audit.record(
                AuditAction.UPDATE,
                "promotion",
                String.valueOf(id.value()),
                "Promotion " + after.name(),
                view(before),
                after);
        changed();
        return after;
    }

    /** Validates a promotion that may not be saved yet and reports floor violations and conflicts. */
    @Transactional(readOnly = true)
    public CheckResult check(PromotionRequest request, PromotionId id) {
        var parsed = parse(request);
        long self = id == null ? -1 : id.value();
        Promotion candidate = parsed.promotion(self);
        return new CheckResult(
                floor.floorViolations(candidate, others(self, candidate)), conflicts(parsed.fields(), self));
    }

    @Transactional
    public PromotionView activate(PromotionId id) {
        Row row = promotions
                .lock(id.value())
                .orElseThrow(() -> new NotFoundException(ResourceKind.PROMOTION, id.value()));
        if (row.status() == PromotionStatus.ACTIVE) {
            return view(row);
        }
        row.status().requireMoveTo(PromotionStatus.ACTIVE);
        requireAboveFloor(row, engine(row));
        return move(row, PromotionStatus.ACTIVE);
    }

    /** Approves this version of a promotion although it may sell below the floor (needs promotion:approve). */
    @Transactional
    public PromotionView approve(PromotionId id, String note) {
        Row row = promotions
                .lock(id.value())
                .orElseThrow(() -> new NotFoundException(ResourceKind.PROMOTION, id.value()));
        promotions.approve(id.value(), AuditLog.currentActor(), note == null ? null : note.strip());
        PromotionView after = get(id);
        audit.record(
                AuditAction.TRANSITION,
                "promotion",
                String.valueOf(id.value()),
                "Below-floor approval of promotion " + row.name() + (note == null ? "" : ": " + note),
                view(row),
                after);
        return after;
    }

    @Transactional
    public PromotionView pause(PromotionId id) {
        Row row = promotions
                .lock(id.value())
                .orElseThrow(() -> new NotFoundException(ResourceKind.PROMOTION, id.value()));
        return move(row, PromotionStatus.PAUSED);
    }

    @Transactional
    public PromotionView end(PromotionId id) {
        Row row = promotions
                .lock(id.value())
                .orElseThrow(() -> new NotFoundException(ResourceKind.PROMOTION, id.value()));
        return row.status() == PromotionStatus.ENDED ? view(row) : move(row, PromotionStatus.ENDED);
    }

    @Transactional(readOnly = true)
    public PromotionView get(PromotionId id) {
        return promotions
                .find(id.value())
                .map(this::view)
                .orElseThrow(() -> new NotFoundException(ResourceKind.PROMOTION, id.value()));
    }

    @Transactional(readOnly = true)
    public PageResult<PromotionView> search(
            PromotionStatus status,
            PromotionType type,
            String channel,
            String q,
            Instant from,
            Instant to,
            String sort,
            int page,
            int size) {
        SortOrder order = SortOrder.parse(sort, SORTABLE.keySet(), false).orElse(new SortOrder("startsAt", false));
        String column = SORTABLE.get(order.field());
        boolean descending = !order.ascending();
        var result = promotions.search(
                status == null ? null : status.name(),
                type == null ? null : type.name(),
                blankToNull(channel),
                blankToNull(q),
                from,
                to,
                column,
                descending,
                page,
                size);
        return new PageResult<>(
                result.items().stream().map(this::view).toList(), result.total(), result.page(), result.size());
    }

    @Transactional(readOnly = true)
    public List<PromotionView> ofCampaign(CampaignId campaignId) {
        return promotions.ofCampaign(campaignId.value()).stream()
                .map(this::view)
                .toList();
    }

    /** Activates every draft or paused promotion of a campaign, each under the floor check. */
    @Transactional
    public List<PromotionView> activateCampaign(CampaignId campaignId) {
        List<PromotionView> result = new ArrayList<>();
        for (Row row : promotions.ofCampaign(campaignId.value())) {
            result.add(
                    row.status() == PromotionStatus.DRAFT || row.status() == PromotionStatus.PAUSED
                            ? activate(new PromotionId(row.id()))
                            : view(row));
        }
        return result;
    }

    @Transactional
    public void endCampaign(CampaignId campaignId) {
        promotions.ofCampaign(campaignId.value()).forEach(row -> end(new PromotionId(row.id())));
    }

    /** The active promotions as the price engine sees them, in engine order (from memory; see the class comment). */
    public List<Promotion> activeForPricing() {
        return pricingIndex().promotions();
    }

    /** The active promotions indexed for pricing (from memory; see the class comment). */
    public PromotionIndex pricingIndex() {
        return active.get(ACTIVE, key -> {
            List<Promotion> list = new ArrayList<>();
            for (Row row : promotions.active()) {
                list.add(engine(row));
            }
            return PromotionIndex.of(list);
        });
    }

    /**
     * Drops the active promotions once the change commits (at once outside a transaction). Invalidating the key waits
     * for a load in progress, so a load that read the state before the commit does not survive it.
     */
    private void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    active.invalidate(ACTIVE);
                }
            });
        } else {
            active.invalidate(ACTIVE);
        }
    }

    /**
     * The one way a promotion's status changes: the move must be in {@link PromotionStatus}'s table, the stored status
     * changes only if it is still the one read (else 409), and the move is audited and drops the pricing cache.
     */
    private PromotionView move(Row row, PromotionStatus target) {
        row.status().requireMoveTo(target);
        if (!promotions.moveStatus(row.id(), row.status(), target)) {
            throw promotions.find(row.id()).orElseThrow().status().refusal(target);
        }
        PromotionView after = get(new PromotionId(row.id()));
        audit.record(
                AuditAction.TRANSITION,
                "promotion",
                String.valueOf(row.id()),
                "Promotion " + row.name() + ": " + row.status() + " → " + target,
                view(row),
                after);
        changed();
        return after;
    }

    private void requireAboveFloor(Row row, Promotion promotion) {
        List<PriceFloor.FloorViolation> violations = floor.floorViolations(promotion, others(row.id(), promotion));
        boolean approved = row.approvedVersion() != null && row.approvedVersion() == row.version();
        if (!violations.isEmpty() && !approved) {
            throw new RuleViolationException(
                    "below-floor",
                    Message.of(PromotionsMessage.BELOW_FLOOR_APPROVAL_NEEDED, "count", violations.size()),
                    violations);
        }
    }

    /** The other active promotions whose window overlaps the candidate's (of id {@code id}, -1 if new). */
    private List<Promotion> others(long id, Promotion candidate) {
        List<Promotion> result = new ArrayList<>();
        for (Row row : promotions.overlapping(candidate.startsAt(), candidate.endsAt())) {
            if (row.status() == PromotionStatus.ACTIVE && row.id() != id) {
                result.add(engine(row));
            }
        }
        return result;
    }

    private List<Conflict> conflicts(PromotionRepository.Fields candidate, long id) {
        List<Conflict> result = new ArrayList<>();
        for (Row other : promotions.overlapping(candidate.startsAt(), candidate.endsAt())) {
            if (other.id() == id || !scopesOverlap(candidate.scope(), other.scope())) {
                continue;
            }
            Message reason = conflictReason(candidate, other);
            if (reason != null) {
                result.add(new Conflict(other.id(), other.name(), other.type(), reason));
            }
        }
        return result;
    }

    private static Message conflictReason(PromotionRepository.Fields a, Row b) {
        if (a.exclusionGroup() != null && a.exclusionGroup().equals(b.exclusionGroup())) {
            return Message.of(PromotionsMessage.CONFLICT_SAME_EXCLUSION_GROUP, "group", a.exclusionGroup());
        }
        int stage = a.type().stage();
        if (stage == 1 && b.type().stage() == 1) {
            return Message.of(PromotionsMessage.CONFLICT_ITEM_PRICES);
        }
        if (stage == 2 && b.type().stage() == 2) {
            return Message.of(PromotionsMessage.CONFLICT_MULTI_BUY);
        }
        if (stage == 3 && a.type() == b.type() && a.exclusionGroup() == null) {
            return Message.of(PromotionsMessage.CONFLICT_ORDER_OFFERS_STACK);
        }
        return null;
    }

    private static boolean scopesOverlap(ScopeSpec a, ScopeSpec b) {
        boolean channels = a.channels().isEmpty() || b.channels().isEmpty() || !disjoint(a.channels(), b.channels());
        boolean lines = a.all()
                || b.all()
                || !disjoint(a.skus(), b.skus())
                || !disjoint(a.categories(), b.categories())
                // a SKU list against a category list may overlap; without the catalog here, assume it does
                || (!a.skus().isEmpty() && !b.categories().isEmpty())
                || (!a.categories().isEmpty() && !b.skus().isEmpty());
        return channels && lines;
    }

    private static boolean disjoint(List<String> a, List<String> b) {
        return Collections.disjoint(a, b);
    }

    private record Parsed(PromotionRepository.Fields fields, Rule rule) {

        Promotion promotion(long id) {
            return new Promotion(
                    String.valueOf(id),
                    fields.name(),
                    fields.scope().toEngine(),
                    fields.startsAt(),
                    fields.endsAt(),
                    fields.priority(),
                    fields.exclusionGroup(),
                    rule);
        }
    }

    private Parsed parse(PromotionRequest r) {
        FieldErrors errors = new FieldErrors();
        String name = r.name() == null ? null : r.name().strip();
        if (name == null || name.isEmpty() || name.length() > 100) {
            errors.add("name", Message.of(PromotionsMessage.PROMOTION_NAME_REQUIRED));
        }
        if (r.type() == null) {
            errors.add("type", Message.of(PromotionsMessage.REQUIRED));
        }
        if (r.startsAt() == null) {
            errors.add("startsAt", Message.of(PromotionsMessage.REQUIRED));
        }
        if (r.endsAt() == null) {
            errors.add("endsAt", Message.of(PromotionsMessage.REQUIRED));
        } else if (r.startsAt() != null && !r.endsAt().isAfter(r.startsAt())) {
            errors.add("endsAt", Message.of(PromotionsMessage.END_AFTER_START));
        }
        ScopeSpec scope = r.scope() == null ? ScopeSpec.everything() : r.scope();
        if (!scope.coversSomething()) {
            errors.add("scope", Message.of(PromotionsMessage.SCOPE_REQUIRED));
        }
        String group = r.exclusionGroup() == null || r.exclusionGroup().isBlank()
                ? null
                : r.exclusionGroup().strip();
        if (group != null && group.length() > 32) {
            errors.add("exclusionGroup", Message.of(PromotionsMessage.AT_MOST_CHARACTERS, "max", 32));
        }
        references.scope(scope, "scope").forEach(e -> errors.add(e.field(), e.message()));
        Rule rule = r.type() == null ? null : PromotionRules.parse(r.type(), r.rule(), errors);
        if (rule instanceof Rule.Gift gift) {
            references.sku(gift.giftSku(), "rule.giftSku").forEach(e -> errors.add(e.field(), e.message()));
        }
        errors.throwIfAny();
        return new Parsed(
                new PromotionRepository.Fields(
                        name,
                        r.type(),
                        scope,
                        r.rule(),
                        r.startsAt(),
                        r.endsAt(),
                        r.priority() == null ? 0 : r.priority(),
                        group,
                        r.campaignId()),
                rule);
    }

    private Promotion engine(Row row) {
        FieldErrors errors = new FieldErrors();
        Rule rule = PromotionRules.parse(row.type(), row.rule(), errors);
        if (rule == null) {
            throw new IllegalStateException("stored promotion " + row.id() + " has an invalid rule");
        }
        return new Promotion(
                String.valueOf(row.id()),
                row.name(),
                row.scope().toEngine(),
                row.startsAt(),
                row.endsAt(),
                row.priority(),
                row.exclusionGroup(),
                rule);
    }

    private PromotionView view(Row row) {
        FieldErrors errors = new FieldErrors();
        Rule rule = PromotionRules.parse(row.type(), row.rule(), errors);
        boolean approved = row.approvedVersion() != null && row.approvedVersion() == row.version();
        return new PromotionView(
                row.id(),
                row.name(),
                row.type(),
                row.status(),
                row.status().phase(row.startsAt(), row.endsAt(), clock.instant()),
                row.startsAt(),
                row.endsAt(),
                row.priority(),
                row.exclusionGroup(),
                row.campaignId(),
                row.scope(),
                row.rule(),
                rule == null
                        ? row.type().label()
                        : Message.of(
                                PromotionsMessage.PROMOTION_SUMMARY,
                                "type",
                                row.type().label(),
                                "rule",
                                PromotionRules.summary(rule)),
                row.version(),
                approved ? new PromotionView.Approval(row.approvedBy(), row.approvedAt(), row.approvalNote()) : null,
                row.createdBy(),
                row.createdAt(),
                row.updatedAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
