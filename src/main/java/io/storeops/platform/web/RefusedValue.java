package io.storeops.platform.web;

import io.storeops.shared.Message;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A value that was read fine but lies outside what StoreOps accepts (a date beyond the accepted years, an amount beyond
 * the money columns, a control character in a text). Thrown while reading a JSON body, Jackson adds the field's path;
 * thrown while converting a query parameter, Spring names the parameter. Answered as 400 with its message.
 */
final class RefusedValue extends DatabindException {

    private final transient Message refusal;

    RefusedValue(JsonParser parser, Message refusal) {
        super(parser, refusal.toString());
        this.refusal = refusal;
    }

    RefusedValue(Message refusal) {
        super(refusal.toString());
        this.refusal = refusal;
    }

    Message refusal() {
        return refusal;
    }
}
