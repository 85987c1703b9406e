package io.storeops.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.storeops.shared.Message;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One stock movement as asked for: what kind, which SKU in which warehouse, how many, why, and the business reference
 * behind it (an order, an import, a stock-take). A person gives the reason as text ({@code reason}); the system gives
 * it as a {@link MovementReason} message ({@code systemReason}, never read from a request).
 */
public record Movement(
        @NotNull MovementType type,
        @NotBlank @Size(max = 64) String skuCode,
        @NotBlank @Size(max = 32) String warehouse,
        @NotNull Integer quantity,
        @NotBlank @Size(max = 200) String reason,

        @Size(max = 32) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "{inventory.REFERENCE_TYPE_FORMAT}")
        String referenceType,

        @Size(max = 100) String referenceId,
        @JsonIgnore @Nullable Message systemReason) {

    /** A movement asked for by a person, with the person's reason. */
    public Movement(
            MovementType type,
            String skuCode,
            String warehouse,
            Integer quantity,
            String reason,
            String referenceType,
            String referenceId) {
        this(type, skuCode, warehouse, quantity, reason, referenceType, referenceId, null);
    }

    /** A movement the system makes, with a {@link MovementReason} message as its reason. */
    public static Movement of(
            MovementType type,
            String skuCode,
            String warehouse,
            int quantity,
            Message reason,
            String referenceType,
            String referenceId) {
        return new Movement(type, skuCode, warehouse, quantity, null, referenceType, referenceId, reason);
    }

    /** The reason as the ledger keeps it: the system's message, or the person's text as {@code inventory.REASON_TEXT}. */
    public Message reasonMessage() {
        return systemReason != null ? systemReason : Message.of(MovementReason.REASON_TEXT, "text", reason);
    }
}
