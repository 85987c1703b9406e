package io.storeops.channels;

import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order a marketplace feed delivered that StoreOps cannot take (malformed, an amount below zero, a time out of
 * range): kept with its reason in {@code channels.rejected_orders} instead of stopping the pull.
 *
 * @param externalId the channel's order id, or {@code null} when the order did not even carry one
 * @param reason why, as {@link ChannelMessage#ORDER_REJECTED} listing each field's problem
 * @param payload the order as the channel sent it (JSON), for a person to look at
 */
public record RejectedOrder(String channel, @Nullable String externalId, Message reason, String payload) {

    /** The reason of an order with these field problems. */
    public static Message reason(List<FieldErrorException.Error> problems) {
        return Message.of(
                ChannelMessage.ORDER_REJECTED,
                "problems",
                problems.stream()
                        .map(p -> Message.of(ChannelMessage.FIELD_PROBLEM, "field", p.field(), "problem", p.message()))
                        .toList());
    }
}
