package io.storeops.marketplace.web;

import io.storeops.marketplace.internal.MarketplaceException;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies and parameters of the simulated marketplace; what cannot be read is a 400 naming the field, e.g.
 * {@code items[3].sequence}, as far as the JSON parser can tell.
 */
final class JsonBodies {

    private JsonBodies() {}

    /**
     * Reads a JSON body.
     *
     * @param shape how the body should look, for the error message
     */
    static <T> T read(JsonMapper json, byte[] body, Class<T> type, String shape) {
        T value;
        try {
            value = body == null || body.length == 0 ? null : json.readValue(body, type);
        } catch (JacksonException e) {
            String path = path(e);
            throw MarketplaceException.badRequest(
                    path.isEmpty() ? "Body must be " + shape : path + " has the wrong type or format");
        }
        if (value == null) {
            throw MarketplaceException.badRequest("Body must be " + shape);
        }
        return value;
    }

    /** The JSON path of a parse error, like {@code items[3].price}; blank when the error is not inside a field. */
    static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** An amount given as a JSON string ({@code "129.00"}) or number ({@code 129}); {@code null} when absent. */
    static BigDecimal money(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            try {
                return new BigDecimal(node.asString().trim());
            } catch (NumberFormatException e) {
                throw MarketplaceException.badRequest(field + " must be a decimal amount like \"129.00\"");
            }
        }
        throw MarketplaceException.badRequest(field + " must be a decimal amount like \"129.00\"");
    }

    /** A feed cursor: a change sequence >= 0, 0 when absent. */
    static long cursor(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long cursor = Long.parseLong(value.trim());
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw MarketplaceException.badRequest("cursor must be a change sequence >= 0");
    }

    /** A page size between 1 and {@code max}, {@code fallback} when absent. */
    static int limit(String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw MarketplaceException.badRequest("limit must be between 1 and " + max);
    }
}
