package io.storeops.channels;

import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What every channel order must satisfy before it is stored, whichever way it came in (batch API, file import, webhook,
 * marketplace pull): a channel the catalog knows, amounts that are not negative, and times between 2000-01-01 and one
 * day from now. Answers field errors with paths under the given prefix; the caller decides whether that is a 400 or a
 * rejection recorded with its reason.
 */
@Component
public class ChannelOrderCheck {

    /** No order of a shop run with StoreOps is older than this. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** How far ahead of our clock a channel's clock may be. */
    public static final Duration AHEAD = Duration.ofDays(1);

    private final Channels channels;
    private final Clock clock;

    ChannelOrderCheck(Channels channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    /** The codes of the channels the catalog knows (enabled or not), read once per batch. */
    public Set<String> knownChannels() {
        return channels.list().stream().map(ChannelView::code).collect(Collectors.toUnmodifiableSet());
    }

    /** The order's problems against the channels known now; empty when it may be stored. */
    public List<FieldErrorException.Error> problems(ChannelOrder order, String prefix) {
        return problems(order, prefix, knownChannels());
    }

    /** The order's problems; {@code prefix} is put before each field (e.g. {@code orders[3].}). */
    public List<FieldErrorException.Error> problems(ChannelOrder order, String prefix, Set<String> knownChannels) {
        List<FieldErrorException.Error> errors = new ArrayList<>();
        if (order.channel() != null && !order.channel().isBlank() && !knownChannels.contains(order.channel())) {
            errors.add(new FieldErrorException.Error(
                    prefix + "channel", Message.of(ChannelMessage.UNKNOWN_CHANNEL, "channel", order.channel())));
        }
        notNegative(order.total(), prefix + "total", errors);
        notNegative(order.shippingFee(), prefix + "shippingFee", errors);
        for (int i = 0; i < order.lines().size(); i++) {
            var line = order.lines().get(i);
            String at = prefix + "lines[" + i + "].";
            notNegative(line.unitPrice(), at + "unitPrice", errors);
            notNegative(line.discount(), at + "discount", errors);
            notNegative(line.amount(), at + "amount", errors);
        }
        Instant latest = clock.instant().plus(AHEAD);
        inWindow(order.createdAt(), prefix + "createdAt", latest, errors);
        inWindow(order.paidAt(), prefix + "paidAt", latest, errors);
        return errors;
    }

    private static void notNegative(Money amount, String field, List<FieldErrorException.Error> errors) {
        if (amount != null && amount.isNegative()) {
            errors.add(
                    new FieldErrorException.Error(field, Message.of(ChannelMessage.AMOUNT_NEGATIVE, "amount", amount)));
        }
    }

    private static void inWindow(Instant at, String field, Instant latest, List<FieldErrorException.Error> errors) {
        if (at != null && (at.isBefore(EARLIEST) || at.isAfter(latest))) {
            errors.add(new FieldErrorException.Error(
                    field, Message.of(ChannelMessage.TIME_OUT_OF_RANGE, "at", at.toString())));
        }
    }
}
