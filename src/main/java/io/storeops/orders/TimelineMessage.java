package io.storeops.orders;

import io.storeops.shared.Message;
import io.storeops.shared.MessageCode;

/** What an order's timeline says happened, step by step (texts in {@code messages/orders-timeline.json}). */
public enum TimelineMessage implements MessageCode {
    TIMELINE_RECEIVED,
    TIMELINE_MERGED,
    TIMELINE_HELD_BY_REVIEW,
    TIMELINE_APPROVED_BY_REVIEW,
    TIMELINE_ALREADY_CANCELLED_ON_CHANNEL,
    TIMELINE_APPROVED_BY_PERSON,
    TIMELINE_APPROVED_BY_PERSON_NOTE,
    TIMELINE_CANCELLED_BY_PERSON,
    TIMELINE_CANCELLED_BY_PERSON_REASON,
    TIMELINE_CANCELLED_ON_CHANNEL,
    TIMELINE_CANCELLED_STOCK_RELEASED,
    TIMELINE_AWAITING_STOCK,
    TIMELINE_ALLOCATED,
    TIMELINE_SPLIT,
    TIMELINE_PICKING,
    TIMELINE_PACKED,
    TIMELINE_SHIPPED,
    TIMELINE_RESHIPPED,
    TIMELINE_RESHIP,
    TIMELINE_TRACKING,
    TIMELINE_DELIVERED,
    TIMELINE_RETURN_REQUESTED,
    TIMELINE_RETURN_REQUESTED_NOTE,
    TIMELINE_RETURN_APPROVED,
    TIMELINE_RETURN_APPROVED_NOTE,
    TIMELINE_RETURN_REJECTED,
    TIMELINE_RETURN_REJECTED_NOTE,
    TIMELINE_RETURN_RESTOCKED,
    TIMELINE_RETURN_NOT_RESELLABLE,
    TIMELINE_REFUND_REQUESTED,
    TIMELINE_REFUND_REJECTED,
    TIMELINE_REFUND_REJECTED_NOTE,
    TIMELINE_REFUND_PAID,
    TIMELINE_FAST_REFUND_PAID,
    TIMELINE_WARNING_OPENED,
    TIMELINE_WARNING_RESOLVED,
    TIMELINE_HISTORY_RECEIVED,
    TIMELINE_HISTORY_PAID,
    TIMELINE_HISTORY_CANCELLED,
    TIMELINE_HISTORY_COMPLETED,
    TIMELINE_HISTORY_RETURN_RESELLABLE;

    /** A return, exchange or refund asked for, with the buyer's reason and note (may be blank). */
    static Message returnRequested(ReturnView.Type type, ReturnReason reason, String note) {
        return note == null || note.isBlank()
                ? Message.of(TIMELINE_RETURN_REQUESTED, "type", type.name(), "reason", reason.name())
                : Message.of(
                        TIMELINE_RETURN_REQUESTED_NOTE,
                        "type",
                        type.name(),
                        "reason",
                        reason.name(),
                        "note",
                        note.strip());
    }
}
