package io.storeops.platform;

import io.storeops.shared.Message;
import io.storeops.shared.MessageCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Message} kept in two columns — its code ({@code text}) and its arguments ({@code jsonb}, as the API sends
 * them: amounts as text, nested messages as code and arguments) — and read back as the same message. Rows written
 * before a column held codes keep their old text, read as the caller's legacy code with argument {@code text}.
 */
@Component
public class StoredMessages {

    private final JsonMapper json;

    StoredMessages(JsonMapper json) {
        this.json = json;
    }

    /** The arguments column's value. */
    public String args(Message message) {
        return json.valueToTree(message).get("args").toString();
    }

    /**
     * The message of a row: its code and arguments; for an old row without a code, its text as {@code legacy}; null
     * when the row has neither.
     */
    public @Nullable Message read(
            @Nullable String code, @Nullable String args, @Nullable String text, MessageCode legacy) {
        if (code == null) {
            return text == null ? null : Message.of(legacy, "text", text);
        }
        ObjectNode message = json.createObjectNode().put("code", code);
        message.set("args", args == null ? json.createObjectNode() : json.readTree(args));
        return json.treeToValue(message, Message.class);
    }
}
