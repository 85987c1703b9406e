package io.storeops.catalog.importing;

import io.storeops.platform.MessageTexts;
import io.storeops.shared.Message;
import java.util.Locale;

/** A cell that does not hold what its column expects, with the message for the user. */
final class CellException extends IllegalArgumentException {

    private final transient Message refusal;

    CellException(Message refusal) {
        super(MessageTexts.loaded().text(refusal, Locale.ENGLISH));
        this.refusal = refusal;
    }

    Message refusal() {
        return refusal;
    }
}
