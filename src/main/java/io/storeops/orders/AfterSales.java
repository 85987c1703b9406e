package io.storeops.orders;

import io.storeops.channels.ChannelAdapter.RefundPush;
import io.storeops.channels.OrderPushes;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.Movement;
import io.storeops.inventory.MovementReason;
import io.storeops.inventory.MovementType;
import io.storeops.orders.OrderTransitions.Move;
import io.storeops.orders.internal.AfterSalesRepository;
import io.storeops.orders.internal.OrderRepository;
import io.storeops.orders.internal.OrderRepository.Stored;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Returns, exchanges and refunds (F4.7). A request names the lines and a reason; its refund (not for an exchange) is
 * the lines' share of what the buyer paid, never more than is left to refund. The fast-refund policy
 * ({@link FastRefundPolicy}) pays qualifying refunds at once, before the parcel is back, and records each check it
 * made; others wait for a person. Returned goods that can be sold again go back into stock with a RETURN movement.
 * Every refund is audited and pushed to the channel through its outbox; refund cycle time is measured from request to
 * payment.
 */
@Service
public class AfterSales {

    private static final Set<OrderStatus> RETURNABLE =
            Set.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    private final AfterSalesRepository afterSales;
    private final OrderRepository orders;
    private final Orders lifecycle;
    private final OrderTransitions transitions;
    private final OrderRules rules;
    private final OrderWarnings warnings;
    private final Inventory inventory;
    private final OrderPushes pushes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    AfterSales(
            AfterSalesRepository afterSales,
            OrderRepository orders,
            Orders lifecycle,
            OrderTransitions transitions,
            OrderRules rules,
            OrderWarnings warnings,
            Inventory inventory,
            OrderPushes pushes,
            AuditLog audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.afterSales = afterSales;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.transitions = transitions;
        this.rules = rules;
        this.warnings = warnings;
        this.inventory = inventory;
        this.pushes = pushes;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A line and quantity to send back. */
    public record LineRequest(String skuCode, int quantity) {}

    @Transactional
    public ReturnView request(
            long orderId, ReturnView.Type type, ReturnReason reason, String note, List<LineRequest> lines) {
        Stored locked = orders.lockOrNotFound(orderId);
        OrderView order = lifecycle.get(orderId);
        if (!RETURNABLE.contains(order.status())) {
            throw new ConflictException(
                    "not-returnable",
                    Message.of(
                            OrderMessage.NOT_RETURNABLE,
                            "status",
                            order.status().name()));
        }
        List<ReturnView.Line> accepted = acceptedLines(order, lines);
        Money amount = accepted.stream().map(ReturnView.Line::amount).reduce(Money.ZERO, Money::plus);
        Money refundable = Money.of(order.total().amount().subtract(afterSales.refundedOrPending(orderId)));
        if (refundable.isLessThan(amount)) {
            amount = refundable;
        }
        String why = reason.name() + (note == null || note.isBlank() ? "" : ": " + note.strip());
        long returnId = afterSales.insertReturn(
                orderId,
                locked.orderNo(),
                type,
                ReturnView.Status.REQUESTED,
                reason,
                note == null ? null : note.strip());
        accepted.forEach(l -> afterSales.insertReturnLine(returnId, l.skuCode(), l.quantity(), l.amount()));
        orders.addEvent(orderId, "RETURN_REQUESTED", TimelineMessage.returnRequested(type, reason, note));
        events.publishEvent(new ReturnRequested(
                returnId,
                afterSales.findReturn(returnId).orElseThrow().returnNo(),
                new OrderId(orderId),
                locked.orderNo(),
                type,
                reason,
                clock.instant()));
        if (type != ReturnView.Type.EXCHANGE && amount.amount().signum() > 0) {
            requestRefund(locked, order, returnId, amount, why);
            if (type == ReturnView.Type.REFUND_ONLY
                    && afterSales.refundsOf(orderId).stream()
                            .filter(f -> returnId == (f.returnId() == null ? -1 : f.returnId()))
                            .allMatch(f -> f.status() == RefundStatus.REFUNDED)) {
                afterSales.updateReturnStatus(returnId, ReturnView.Status.REQUESTED, ReturnView.Status.CLOSED);
            }
        }
        warnOnRepeatedRefunds(order);
        return afterSales.findReturn(returnId).orElseThrow();
    }

    /**
     * The requested lines, each with its share of what was paid for the SKU; 400 naming {@code lines[i]} for a SKU not
     * in the order or more units than can still be returned (returns not rejected count as returned).
     */
    private List<ReturnView.Line> acceptedLines(OrderView order, List<LineRequest> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new FieldErrorException("lines", Message.of(OrderMessage.AT_LEAST_ONE_LINE));
        }
        Map<String, Integer> bought = new LinkedHashMap<>();
        Map<String, Money> paid = new LinkedHashMap<>();
        for (OrderLine l : order.lines()) {
            bought.merge(l.skuCode(), l.quantity(), Integer::sum);
            paid.merge(l.skuCode(), l.amount(), Money::plus);
        }
        Map<String, Integer> returned = new LinkedHashMap<>();
        for (ReturnView r : afterSales.returnsOf(order.id())) {
            if (r.status() != ReturnView.Status.REJECTED) {
                r.lines().forEach(l -> returned.merge(l.skuCode(), l.quantity(), Integer::sum));
            }
        }
        List<ReturnView.Line> accepted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRequest line = lines.get(i);
            Integer units = bought.get(line.skuCode());
            if (units == null) {
                throw new FieldErrorException("lines[" + i + "].skuCode", Message.of(OrderMessage.SKU_NOT_IN_ORDER));
            }
            int left = units - returned.getOrDefault(line.skuCode(), 0);
            if (line.quantity() < 1 || line.quantity() > left) {
                throw new FieldErrorException(
                        "lines[" + i + "].quantity", Message.of(OrderMessage.RETURNABLE_QUANTITY, "left", left));
            }
            Money share = Money.of(paid.get(line.skuCode())
                    .amount()
                    .multiply(BigDecimal.valueOf(line.quantity()))
                    .divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP));
            accepted.add(new ReturnView.Line(line.skuCode(), line.quantity(), share));
        }
        return accepted;
    }

    /** A buyer's third refund request within 30 days opens a warning. */
    private void warnOnRepeatedRefunds(OrderView order) {
        int recent = afterSales.refundRequestsOfBuyer(
                order.buyerPhone(), clock.instant().minus(Duration.ofDays(30)));
        if (recent >= 3) {
            warnings.open(
                    order.id(),
                    null,
                    WarningType.REPEATED_REFUND,
                    Message.of(WarningMessage.WARNING_REPEATED_REFUND, "count", recent));
        }
    }

    private void requestRefund(Stored locked, OrderView order, long returnId, Money amount, String why) {
        List<RefundView.Check> checks = fastRefundChecks(order, amount);
        boolean fast = checks.stream().allMatch(RefundView.Check::passed);
        long refundId = afterSales.insertRefund(
                order.id(),
                locked.orderNo(),
                returnId,
                amount,
                why,
                fast ? RefundStatus.REFUNDED : RefundStatus.PENDING,
                fast,
                checks,
                fast ? "fast-refund-policy" : null);
        RefundView refund = afterSales.findRefund(refundId).orElseThrow();
        audit.record(
                AuditAction.CREATE,
                "refund",
                refund.refundNo(),
                (fast ? "Fast refund " : "Refund requested ") + amount + " for order " + locked.orderNo(),
                null,
                refund);
        if (fast) {
            paid(locked, order, refund);
        } else {
            orders.addEvent(
                    order.id(),
                    "REFUND_REQUESTED",
                    Message.of(TimelineMessage.TIMELINE_REFUND_REQUESTED, "amount", amount));
        }
    }

    /** The policy's checks for a refund of this amount, each passed or not. */
    List<RefundView.Check> fastRefundChecks(OrderView order, Money amount) {
        FastRefundPolicy policy = policy();
        List<RefundView.Check> checks = new ArrayList<>();
        checks.add(new RefundView.Check(
                "enabled",
                policy.enabled(),
                Message.of(
                        policy.enabled()
                                ? RefundCheckMessage.REFUND_CHECK_ENABLED
                                : RefundCheckMessage.REFUND_CHECK_DISABLED)));
        checks.add(new RefundView.Check(
                "amount",
                !policy.maxAmount().isLessThan(amount),
                Message.of(RefundCheckMessage.REFUND_CHECK_AMOUNT, "amount", amount, "limit", policy.maxAmount())));
        int delivered = afterSales.deliveredOrdersOfBuyer(order.buyerPhone(), order.id());
        checks.add(new RefundView.Check(
                "history",
                delivered >= policy.minDeliveredOrders(),
                Message.of(
                        RefundCheckMessage.REFUND_CHECK_HISTORY,
                        "delivered",
                        delivered,
                        "min",
                        policy.minDeliveredOrders())));
        int refunds = afterSales.refundRequestsOfBuyer(
                order.buyerPhone(), clock.instant().minus(Duration.ofDays(90)));
        checks.add(new RefundView.Check(
                "refunds",
                refunds <= policy.maxRefundsIn90Days(),
                Message.of(
                        RefundCheckMessage.REFUND_CHECK_REFUNDS,
                        "refunds",
                        refunds,
                        "max",
                        policy.maxRefundsIn90Days())));
        var blacklist = rules.blacklistSets();
        boolean risky = (order.buyerPhone() != null && blacklist.phones().contains(order.buyerPhone()))
                || (order.buyerNick() != null && blacklist.buyers().contains(order.buyerNick()));
        checks.add(new RefundView.Check(
                "blacklist", !risky, risky ? Message.of(RefundCheckMessage.REFUND_CHECK_BLACKLISTED) : null));
        boolean wasHeld =
                orders.events(order.id()).stream().anyMatch(e -> e.type().equals("HELD"));
        checks.add(new RefundView.Check(
                "review", !wasHeld, wasHeld ? Message.of(RefundCheckMessage.REFUND_CHECK_HELD) : null));
        return checks;
    }

    @Transactional
    public RefundView approveRefund(long refundId, boolean approve, String note) {
        RefundView refund =
                afterSales.findRefund(refundId).orElseThrow(() -> new NotFoundException(ResourceKind.REFUND, refundId));
        Stored locked = orders.lockOrNotFound(refund.orderId());
        RefundStatus to = approve ? RefundStatus.REFUNDED : RefundStatus.REJECTED;
        if (!refund.status().canMoveTo(to)
                || !afterSales.decideRefund(refundId, refund.status(), to, AuditLog.currentActor())) {
            throw new ConflictException("already-decided", Message.of(OrderMessage.REFUND_DECIDED));
        }
        RefundView after = afterSales.findRefund(refundId).orElseThrow();
        audit.record(
                AuditAction.TRANSITION,
                "refund",
                after.refundNo(),
                (approve ? "Approved refund " : "Rejected refund ")
                        + after.amount()
                        + (note == null ? "" : ": " + note),
                refund,
                after);
        if (approve) {
            paid(locked, lifecycle.get(refund.orderId()), after);
        } else {
            orders.addEvent(
                    refund.orderId(),
                    "REFUND_REJECTED",
                    note == null
                            ? Message.of(TimelineMessage.TIMELINE_REFUND_REJECTED)
                            : Message.of(TimelineMessage.TIMELINE_REFUND_REJECTED_NOTE, "note", note));
        }
        return after;
    }

    private void paid(Stored locked, OrderView order, RefundView refund) {
        pushes.enqueueRefund(
                locked.channel(),
                new RefundPush(locked.externalId(), refund.refundNo(), refund.amount(), refund.reason()));
        Duration cycle = Duration.between(refund.requestedAt(), refund.refundedAt());
        Message summary = Message.of(
                refund.fast() ? TimelineMessage.TIMELINE_FAST_REFUND_PAID : TimelineMessage.TIMELINE_REFUND_PAID,
                "amount",
                refund.amount());
        OrderStatus current = orders.lock(order.id()).status();
        if (afterSales.refunded(order.id()).compareTo(order.total().amount()) >= 0
                && current.canMoveTo(OrderStatus.REFUNDED)) {
            transitions.move(new Move(order.id(), current, OrderStatus.REFUNDED, summary, null, null));
        } else {
            orders.addEvent(order.id(), "REFUNDED", summary);
        }
        events.publishEvent(new RefundCompleted(
                refund.id(),
                refund.refundNo(),
                new OrderId(order.id()),
                locked.orderNo(),
                locked.channel(),
                refund.amount(),
                refund.fast(),
                cycle,
                clock.instant()));
    }

    @Transactional
    public ReturnView approveReturn(long returnId, boolean approve, String note) {
        ReturnView r = returnOf(returnId);
        orders.lockOrNotFound(r.orderId());
        ReturnView.Status to = approve ? ReturnView.Status.APPROVED : ReturnView.Status.REJECTED;
        if (!afterSales.updateReturnStatus(returnId, ReturnView.Status.REQUESTED, to)) {
            throw new ConflictException(
                    "illegal-transition",
                    Message.of(OrderMessage.RETURN_STATUS, "status", r.status().name()));
        }
        if (!approve) {
            r.refunds().stream()
                    .filter(f -> f.status().canMoveTo(RefundStatus.REJECTED))
                    .forEach(f -> afterSales.decideRefund(
                            f.id(), f.status(), RefundStatus.REJECTED, AuditLog.currentActor()));
        }
        orders.addEvent(r.orderId(), approve ? "RETURN_APPROVED" : "RETURN_REJECTED", returnDecided(approve, note));
        audit.record(
                AuditAction.TRANSITION,
                "return",
                r.returnNo(),
                (approve ? "Approved " : "Rejected ") + r.returnNo(),
                null,
                null);
        return returnOf(returnId);
    }

    private static Message returnDecided(boolean approved, String note) {
        if (note == null) {
            return Message.of(
                    approved ? TimelineMessage.TIMELINE_RETURN_APPROVED : TimelineMessage.TIMELINE_RETURN_REJECTED);
        }
        return Message.of(
                approved
                        ? TimelineMessage.TIMELINE_RETURN_APPROVED_NOTE
                        : TimelineMessage.TIMELINE_RETURN_REJECTED_NOTE,
                "note",
                note);
    }

    /** The parcel is back: resellable units go into the warehouse's stock; the return closes once its refund is decided. */
    @Transactional
    public ReturnView receive(long returnId, boolean resellable, String warehouse) {
        ReturnView r = returnOf(returnId);
        Stored locked = orders.lockOrNotFound(r.orderId());
        if (r.status() != ReturnView.Status.APPROVED) {
            throw new ConflictException("illegal-transition", Message.of(OrderMessage.RETURN_NOT_APPROVED));
        }
        if (resellable && (warehouse == null || warehouse.isBlank())) {
            throw new FieldErrorException("warehouse", Message.of(OrderMessage.RESTOCK_WAREHOUSE_REQUIRED));
        }
        if (resellable) {
            inventory.apply(r.lines().stream()
                    .map(l -> Movement.of(
                            MovementType.RETURN,
                            l.skuCode(),
                            warehouse,
                            l.quantity(),
                            Message.of(MovementReason.REASON_RETURNED, "returnNo", r.returnNo()),
                            "return",
                            r.returnNo()))
                    .toList());
        }
        afterSales.recordReceipt(returnId, resellable, resellable ? warehouse : null);
        afterSales.updateReturnStatus(returnId, ReturnView.Status.APPROVED, ReturnView.Status.RECEIVED);
        orders.addEvent(
                r.orderId(),
                "RETURN_RECEIVED",
                resellable
                        ? Message.of(TimelineMessage.TIMELINE_RETURN_RESTOCKED, "warehouse", warehouse)
                        : Message.of(TimelineMessage.TIMELINE_RETURN_NOT_RESELLABLE));
        events.publishEvent(new ReturnReceived(
                returnId, r.returnNo(), new OrderId(r.orderId()), resellable, warehouse, clock.instant()));
        if (returnOf(returnId).refunds().stream().noneMatch(f -> f.status() == RefundStatus.PENDING)) {
            afterSales.updateReturnStatus(returnId, ReturnView.Status.RECEIVED, ReturnView.Status.CLOSED);
        }
        audit.record(
                AuditAction.TRANSITION,
                "return",
                r.returnNo(),
                "Received " + r.returnNo() + " of " + locked.orderNo()
                        + (resellable ? ", restocked in " + warehouse : ""),
                null,
                null);
        return returnOf(returnId);
    }

    @Transactional(readOnly = true)
    public List<ReturnView> returnsOf(long orderId) {
        return afterSales.returnsOf(orderId);
    }

    @Transactional(readOnly = true)
    public List<RefundView> refundsOf(long orderId) {
        return afterSales.refundsOf(orderId);
    }

    @Transactional(readOnly = true)
    public PageResult<ReturnView> searchReturns(ReturnView.Status status, ReturnReason reason, int page, int size) {
        return afterSales.searchReturns(status, reason, page, size);
    }

    @Transactional(readOnly = true)
    public PageResult<RefundView> searchRefunds(RefundStatus status, int page, int size) {
        return afterSales.searchRefunds(status, page, size);
    }

    @Transactional(readOnly = true)
    public FastRefundPolicy policy() {
        return afterSales
                .policyJson()
                .map(text -> json.readValue(text, FastRefundPolicy.class))
                .orElse(FastRefundPolicy.DEFAULTS);
    }

    @Transactional
    public FastRefundPolicy updatePolicy(FastRefundPolicy policy) {
        if (policy.maxAmount() == null || policy.maxAmount().isNegative()) {
            throw new FieldErrorException("maxAmount", Message.of(OrderMessage.NON_NEGATIVE_AMOUNT));
        }
        if (policy.minDeliveredOrders() < 0 || policy.maxRefundsIn90Days() < 0) {
            throw new FieldErrorException("minDeliveredOrders", Message.of(OrderMessage.NOT_NEGATIVE));
        }
        FastRefundPolicy before = policy();
        afterSales.savePolicy(json.writeValueAsString(policy), AuditLog.currentActor());
        audit.record(AuditAction.UPDATE, "fast-refund-policy", 1, "Changed the fast-refund policy", before, policy);
        return policy;
    }

    private ReturnView returnOf(long id) {
        return afterSales.findReturn(id).orElseThrow(() -> new NotFoundException(ResourceKind.RETURN, id));
    }
}
