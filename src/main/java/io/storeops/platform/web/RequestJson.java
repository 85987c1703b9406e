package io.storeops.platform.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read: strictly, so nothing a client sends is silently changed. Unknown fields, a number or
 * boolean where text belongs ({@code "title": 123}), a fraction where a whole number belongs ({@code "quantity": 2.5}),
 * a number for an enum, a boolean given as a number, and values beyond {@link InputLimits} are all refused with the
 * field's path. Only request bodies are read this way; stored JSON and marketplace answers keep the tolerant mapper.
 */
final class RequestJson {

    private RequestJson() {}

    static JsonMapper strict(JsonMapper base) {
        return base.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer, whole -> whole.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean, flag -> flag.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(
                        new SimpleModule("storeops-input-limits").setDeserializerModifier(new LimitedDeserializers()))
                .build();
    }
}
