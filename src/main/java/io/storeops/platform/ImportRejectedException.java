package io.storeops.platform;

import io.storeops.shared.Message;
import java.util.List;

/**
 * An import refused as a whole because of the problems listed; nothing was changed. The API answers it as a 400 problem
 * detail of type {@code import-rejected} carrying the {@code errors}.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportRowError> errors;

    public ImportRejectedException(List<ImportRowError> errors) {
        super(errors.size() + " errors, nothing imported");
        this.errors = List.copyOf(errors);
    }

    /** What the user is told: how many problems, nothing imported. */
    public Message message() {
        return Message.of(ImportMessage.IMPORT_REJECTED, "count", errors.size());
    }

    public List<ImportRowError> errors() {
        return errors;
    }
}
