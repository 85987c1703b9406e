package io.storeops.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an abnormal-order warning stands: open until a person or the system resolves it; a resolved warning stays
 * resolved (the same problem again opens a new warning).
 *
 * <pre>
 * OPEN     → RESOLVED
 * RESOLVED: final
 * </pre>
 */
public enum WarningStatus {
    OPEN,
    RESOLVED;

    public Set<WarningStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.noneOf(WarningStatus.class);
        };
    }

    public boolean canMoveTo(WarningStatus target) {
        return next().contains(target);
    }
}
