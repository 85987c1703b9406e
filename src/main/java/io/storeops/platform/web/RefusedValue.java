package io.storeops.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A value that was read fine but lies outside what StoreOps accepts (a date beyond the accepted years, an amount beyond
 * the money columns, a control character in a text). Thrown while reading a JSON body, Jackson adds the field's path;
 * thrown while converting a query parameter, Spring names the parameter. Answered as 400 with the message as is.
 */
final class RefusedValue extends DatabindException {

    RefusedValue(JsonParser parser, String message) {
        super(parser, message);
    }

    RefusedValue(String message) {
        super(message);
    }
}
