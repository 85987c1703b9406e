package io.storeops.promotions;

import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.SkuPricing;
import io.storeops.inventory.Inventory;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.promotions.internal.CampaignRepository;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (F5.6): a window and channels, the promotions that belong to it, a launch checklist (the SOP: product
 * selection, stock check, page set-up, customer-service script, multi-terminal test) with owners and due dates, the
 * expected demand per SKU checked against available stock, and a status that only moves forward: planning →
 * submitted (every task done) → approved (by {@code promotion:approve}) → live (its promotions activated, each
 * under the price floor check) → ended.
 */
@Service
public class Campaigns {

    /** The standard launch checklist every new campaign starts with, each item due its lead time before the start. */
    private static final List<ChecklistItem> CHECKLIST = List.of(
            new ChecklistItem("PRODUCT_SELECTION", Duration.ofDays(7)),
            new ChecklistItem("STOCK_CHECK", Duration.ofDays(5)),
            new ChecklistItem("PAGE_SETUP", Duration.ofDays(3)),
            new ChecklistItem("CS_SCRIPT", Duration.ofDays(2)),
            new ChecklistItem("MULTI_TERMINAL_TEST", Duration.ofDays(1)));

    /** A standard task: named by its kind (the console translates it), so it has no title. */
    private record ChecklistItem(String kind, Duration leadTime) {}

    private final CampaignRepository campaigns;
    private final Promotions promotions;
    private final ProductCatalog catalog;
    private final Inventory inventory;
    private final AuditLog audit;
    private final Clock clock;
    private final CatalogReferences references;

    Campaigns(
            CampaignRepository campaigns,
            Promotions promotions,
            ProductCatalog catalog,
            Inventory inventory,
            AuditLog audit,
            Clock clock,
            CatalogReferences references) {
        this.references = references;
        this.campaigns = campaigns;
        this.promotions = promotions;
        this.catalog = catalog;
        this.inventory = inventory;
        this.audit = audit;
        this.clock = clock;
    }

    public record CampaignRequest(
            String name,
            String description,
            List<String> channels,
            Instant startsAt,
            Instant endsAt,
            Integer version) {}

    public record CampaignView(
            long id,
            String name,
            String description,
            List<String> channels,
            Instant startsAt,
            Instant endsAt,
            CampaignStatus status,
            String approvedBy,
            Instant approvedAt,
            int version,
            List<TaskView> tasks,
            List<PromotionView> promotions,
            List<Expected> expected) {

        public CampaignId campaignId() {
            return new CampaignId(id);
        }
    }

    /** A task of a campaign's checklist; {@code title} is null for a standard task, which its kind names. */
    public record TaskView(
            long id,
            String kind,
            String title,
            String owner,
            Instant dueAt,
            boolean done,
            String doneBy,
            Instant doneAt,
            String note,
            boolean overdue) {}

    public record TaskRequest(String kind, String title, String owner, Instant dueAt, Boolean done, String note) {}

    public record Expected(String skuCode, int expectedUnits) {}

    public record StockLine(String skuCode, String title, int expectedUnits, int available, int shortfall) {}

    /** One bar of the calendar: a campaign or a promotion. */
    public record CalendarEntry(
            CalendarEntry.Kind kind,
            long id,
            String name,
            List<String> channels,
            Instant startsAt,
            Instant endsAt,
            CalendarEntry.Status status,
            Long campaignId) {

        public enum Kind {
            CAMPAIGN,
            PROMOTION
        }

        /** A campaign's {@link CampaignStatus} or a promotion's {@link PromotionStatus.Phase}, under one name. */
        public enum Status {
            PLANNING,
            PENDING_APPROVAL,
            APPROVED,
            LIVE,
            DRAFT,
            UPCOMING,
            RUNNING,
            PAUSED,
            ENDED;

            static Status of(CampaignStatus status) {
                return switch (status) {
                    case PLANNING -> PLANNING;
                    case PENDING_APPROVAL -> PENDING_APPROVAL;
                    case APPROVED -> APPROVED;
                    case LIVE -> LIVE;
                    case ENDED -> ENDED;
                };
            }

            static Status of(PromotionStatus.Phase phase) {
                return switch (phase) {
                    case DRAFT -> DRAFT;
                    case UPCOMING -> UPCOMING;
                    case RUNNING -> RUNNING;
                    case PAUSED -> PAUSED;
                    case ENDED -> ENDED;
                };
            }
        }
    }

    @Transactional
    public CampaignView create(CampaignRequest request) {
        validate(request);
        long id = campaigns.insert(
                request.name().strip(),
                request.description(),
                channels(request),
                request.startsAt(),
                request.endsAt(),
                AuditLog.currentActor());
        for (int i = 0; i < CHECKLIST.size(); i++) {
            ChecklistItem item = CHECKLIST.get(i);
            campaigns.insertTask(id, item.kind(), null, null, request.startsAt().minus(item.leadTime()), i);
        }
        CampaignView view = get(new CampaignId(id));
        audit.record(AuditAction.CREATE, "campaign", String.valueOf(id), "Campaign " + view.name(), null, view);
        return view;
    }

    @Transactional
    public CampaignView update(CampaignId id, CampaignRequest request) {
        validate(request);
        CampaignView before = get(id);
        if (!campaigns.update(
                id.value(),
                request.name().strip(),
                request.description(),
                channels(request),
                request.startsAt(),
                request.endsAt(),
                request.version() == null ? before.version() : request.version())) {
            throw new ConflictException("stale-version", Message.of(PromotionsMessage.CAMPAIGN_CHANGED_MEANWHILE));
        }
        CampaignView after = get(id);
        audit.record(
                AuditAction.UPDATE, "campaign", String.valueOf(id.value()), "Campaign " + after.name(), before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public CampaignView get(CampaignId id) {
        var row =
                campaigns.find(id.value()).orElseThrow(() -> new NotFoundException(ResourceKind.CAMPAIGN, id.value()));
        return view(row, true);
    }

    @Transactional(readOnly = true)
    public PageResult<CampaignView> search(Instant from, Instant to, CampaignStatus status, int page, int size) {
        var result = campaigns.search(from, to, status, page, size);
        return new PageResult<>(
                result.items().stream().map(r -> view(r, false)).toList(),
                result.total(),
                result.page(),
                result.size());
    }

    @Transactional
    public CampaignView addTask(CampaignId id, TaskRequest request) {
        get(id);
        if (request.title() == null
                || request.title().isBlank()
                || request.title().length() > 200) {
            throw new FieldErrorException(
                    "title", Message.of(PromotionsMessage.REQUIRED_AT_MOST_CHARACTERS, "max", 200));
        }
        campaigns.insertTask(
                id.value(),
                request.kind() == null ? "OTHER" : request.kind(),
                request.title().strip(),
                request.owner(),
                request.dueAt(),
                100);
        return get(id);
    }

    @Transactional
    public CampaignView updateTask(CampaignId id, long taskId, TaskRequest request) {
        CampaignView before = get(id);
        if (!campaigns.updateTask(
                id.value(),
                taskId,
                request.owner(),
                request.dueAt(),
                Boolean.TRUE.equals(request.done()),
                request.note(),
                AuditLog.currentActor())) {
            throw new NotFoundException(ResourceKind.CAMPAIGN_TASK, taskId);
        }
        CampaignView after = get(id);
        audit.record(
                AuditAction.UPDATE,
                "campaign",
                String.valueOf(id.value()),
                "Checklist of campaign " + after.name(),
                before.tasks(),
                after.tasks());
        return after;
    }

    @Transactional
    public CampaignView setExpected(CampaignId id, List<Expected> expected) {
        get(id);
        List<FieldErrorException.Error> errors = new ArrayList<>();
        Map<String, Integer> table = new LinkedHashMap<>();
        List<String> codes = expected.stream().map(Expected::skuCode).toList();
        var known =
                catalog.existingSkuCodes(codes.stream().filter(c -> c != null).toList());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            if (e.skuCode() == null || !known.contains(e.skuCode())) {
                errors.add(new FieldErrorException.Error(
                        "[" + i + "].skuCode", Message.of(PromotionsMessage.UNKNOWN_SKU)));
            } else if (e.expectedUnits() < 0) {
                errors.add(new FieldErrorException.Error(
                        "[" + i + "].expectedUnits", Message.of(PromotionsMessage.MUST_NOT_BE_NEGATIVE)));
            } else {
                table.put(e.skuCode(), e.expectedUnits());
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
        campaigns.replaceExpected(id.value(), table);
        return get(id);
    }

    /** Expected demand against available stock (all active warehouses), shortfalls first. */
    @Transactional(readOnly = true)
    public List<StockLine> stockCheck(CampaignId id) {
        Map<String, Integer> expected = campaigns.expected(id.value());
        Map<String, Integer> available = inventory.available(List.copyOf(expected.keySet()));
        Map<String, SkuPricing> skus = catalog.skuPricing(expected.keySet());
        List<StockLine> lines = new ArrayList<>();
        expected.forEach((sku, units) -> {
            int have = available.getOrDefault(sku, 0);
            lines.add(new StockLine(
                    sku, skus.containsKey(sku) ? skus.get(sku).title() : sku, units, have, Math.max(0, units - have)));
        });
        lines.sort(Comparator.comparingInt(StockLine::shortfall).reversed().thenComparing(StockLine::skuCode));
        return lines;
    }

    @Transactional
    public CampaignView submit(CampaignId id) {
        var row = lock(id.value());
        row.status().requireMoveTo(CampaignStatus.PENDING_APPROVAL);
        long open = campaigns.tasks(id.value()).stream().filter(t -> !t.done()).count();
        if (open > 0) {
            throw new ConflictException("checklist-open", Message.of(PromotionsMessage.CHECKLIST_OPEN, "count", open));
        }
        return move(row, CampaignStatus.PENDING_APPROVAL, null);
    }

    @Transactional
    public CampaignView approve(CampaignId id) {
        return move(lock(id.value()), CampaignStatus.APPROVED, AuditLog.currentActor());
    }

    /** Goes live: every promotion of the campaign is activated (each refused below the floor unless approved). */
    @Transactional
    public CampaignView launch(CampaignId id) {
        var row = lock(id.value());
        row.status().requireMoveTo(CampaignStatus.LIVE);
        promotions.activateCampaign(id);
        return move(row, CampaignStatus.LIVE, null);
    }

    @Transactional
    public CampaignView end(CampaignId id) {
        var row = lock(id.value());
        if (row.status() == CampaignStatus.ENDED) {
            return get(id);
        }
        promotions.endCampaign(id);
        return move(row, CampaignStatus.ENDED, null);
    }

    /** Campaigns and promotions overlapping [from, to), optionally of one channel (entries for all channels too). */
    @Transactional(readOnly = true)
    public List<CalendarEntry> calendar(Instant from, Instant to, String channel) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new FieldErrorException("to", Message.of(PromotionsMessage.END_AFTER_START));
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (var c : campaigns.search(from, to, null, 0, 1000).items()) {
            if (channel == null || c.channels().isEmpty() || c.channels().contains(channel)) {
                entries.add(new CalendarEntry(
                        CalendarEntry.Kind.CAMPAIGN,
                        c.id(),
                        c.name(),
                        c.channels(),
                        c.startsAt(),
                        c.endsAt(),
                        CalendarEntry.Status.of(c.status()),
                        null));
            }
        }
        for (var p : promotions
                .search(null, null, channel, null, from, to, "startsAt,asc", 0, 1000)
                .items()) {
            entries.add(new CalendarEntry(
                    CalendarEntry.Kind.PROMOTION,
                    p.id(),
                    p.name(),
                    p.scope().channels(),
                    p.startsAt(),
                    p.endsAt(),
                    CalendarEntry.Status.of(p.phase()),
                    p.campaignId()));
        }
        entries.sort(Comparator.comparing(CalendarEntry::startsAt).thenComparing(CalendarEntry::name));
        return entries;
    }

    private CampaignRepository.Row lock(long id) {
        return campaigns.lock(id).orElseThrow(() -> new NotFoundException(ResourceKind.CAMPAIGN, id));
    }

    /**
     * The one way a campaign's status changes: the move must be in {@link CampaignStatus}'s table, the stored status
     * changes only if it is still the one read (else 409), and the move is audited.
     */
    private CampaignView move(CampaignRepository.Row row, CampaignStatus target, String approvedBy) {
        row.status().requireMoveTo(target);
        CampaignView before = view(row, true);
        if (!campaigns.moveStatus(row.id(), row.status(), target, approvedBy)) {
            throw campaigns.find(row.id()).orElseThrow().status().refusal(target);
        }
        CampaignView after = get(new CampaignId(row.id()));
        audit.record(
                AuditAction.TRANSITION,
                "campaign",
                String.valueOf(row.id()),
                "Campaign " + row.name() + ": " + row.status() + " → " + target,
                before,
                after);
        return after;
    }

    private void validate(CampaignRequest r) {
        List<FieldErrorException.Error> errors = new ArrayList<>(references.channels(channels(r), "channels"));
        if (r.name() == null || r.name().isBlank() || r.name().length() > 100) {
            errors.add(new FieldErrorException.Error("name", Message.of(PromotionsMessage.CAMPAIGN_NAME_REQUIRED)));
        }
        if (r.startsAt() == null) {
            errors.add(new FieldErrorException.Error("startsAt", Message.of(PromotionsMessage.REQUIRED)));
        }
        if (r.endsAt() == null || (r.startsAt() != null && !r.endsAt().isAfter(r.startsAt()))) {
            errors.add(new FieldErrorException.Error("endsAt", Message.of(PromotionsMessage.END_AFTER_START)));
        }
        if (r.description() != null && r.description().length() > 1000) {
            errors.add(new FieldErrorException.Error(
                    "description", Message.of(PromotionsMessage.AT_MOST_CHARACTERS, "max", 1000)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
    }

    private static List<String> channels(CampaignRequest r) {
        return r.channels() == null
                ? List.of()
                : r.channels().stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    private CampaignView view(CampaignRepository.Row row, boolean details) {
        Instant now = clock.instant();
        List<TaskView> tasks = campaigns.tasks(row.id()).stream()
                .map(t -> new TaskView(
                        t.id(),
                        t.kind(),
                        t.title(),
                        t.owner(),
                        t.dueAt(),
                        t.done(),
                        t.doneBy(),
                        t.doneAt(),
                        t.note(),
                        !t.done() && t.dueAt() != null && t.dueAt().isBefore(now)))
                .toList();
        return new CampaignView(
                row.id(),
                row.name(),
                row.description(),
                row.channels(),
                row.startsAt(),
                row.endsAt(),
                row.status(),
                row.approvedBy(),
                row.approvedAt(),
                row.version(),
                tasks,
                details ? promotions.ofCampaign(new CampaignId(row.id())) : List.of(),
                details
                        ? campaigns.expected(row.id()).entrySet().stream()
                                .map(e -> new Expected(e.getKey(), e.getValue()))
                                .toList()
                        : List.of());
    }
}
