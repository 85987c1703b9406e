package io.storeops.promotions;

import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Collects every field error of a request, so the caller learns all of them at once; reads typed JSON values. */
final class FieldErrors {

    private final List<FieldErrorException.Error> errors = new ArrayList<>();

    void add(String field, Message message) {
        errors.add(new FieldErrorException.Error(field, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
    }

    /** A money amount in fen: a JSON number ≥ 0 with at most two decimals; null when missing (reported if required). */
    Long fen(JsonNode node, String name, String path, boolean required) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                add(path, Message.of(PromotionsMessage.REQUIRED));
            }
            return null;
        }
        BigDecimal amount = decimal(value);
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            add(path, Message.of(PromotionsMessage.AMOUNT_INVALID));
            return null;
        }
        return amount.movePointRight(2).longValueExact();
    }

    /**
     * A rate in 折 (8.5 = pay 85 %) as basis points of the price paid: more than 0 and less than 10, at most three
     * decimals.
     */
    Integer rate(JsonNode node, String name, String path, boolean required) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                add(path, Message.of(PromotionsMessage.REQUIRED));
            }
            return null;
        }
        BigDecimal zhe = decimal(value);
        if (zhe == null
                || zhe.signum() <= 0
                || zhe.compareTo(BigDecimal.TEN) >= 0
                || zhe.stripTrailingZeros().scale() > 3) {
            add(path, Message.of(PromotionsMessage.RATE_INVALID));
            return null;
        }
        return zhe.movePointRight(3).intValueExact();
    }

    /** A whole number of at least {@code min}. */
    Integer integer(JsonNode node, String name, String path, int min, boolean required) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                add(path, Message.of(PromotionsMessage.REQUIRED));
            }
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > 1_000_000) {
            add(path, Message.of(PromotionsMessage.WHOLE_NUMBER_MIN, "min", min));
            return null;
        }
        return value.asInt();
    }

    String text(JsonNode node, String name, String path, boolean required) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null
                || value.isNull()
                || !value.isString()
                || value.asString().isBlank()) {
            if (required) {
                add(path, Message.of(PromotionsMessage.REQUIRED));
            }
            return null;
        }
        return value.asString().strip();
    }

    /** The array at {@code name}, or an error when it is missing or empty. */
    List<JsonNode> array(JsonNode node, String name, String path) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.isArray() || value.isEmpty()) {
            add(path, Message.of(PromotionsMessage.AT_LEAST_ONE_ENTRY));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private static BigDecimal decimal(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString()) {
            try {
                return new BigDecimal(value.asString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
