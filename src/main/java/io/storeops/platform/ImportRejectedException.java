package io.storeops.platform;

import java.util.List;

/**
 * An import refused as a whole because of the problems listed; nothing was changed. The API answers it as a 400 problem
 * detail of type {@code import-rejected} carrying the {@code errors}.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportRowError> errors;

    public ImportRejectedException(List<ImportRowError> errors) {
        super(errors.size() + " 处错误，未导入 / " + errors.size() + " errors, nothing imported");
        this.errors = List.copyOf(errors);
    }

    public List<ImportRowError> errors() {
        return errors;
    }
}
