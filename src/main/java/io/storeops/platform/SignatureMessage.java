package io.storeops.platform;

import io.storeops.shared.MessageCode;

/** Why {@link WebhookSignature} refused a webhook call. */
enum SignatureMessage implements MessageCode {
    SIGNATURE_HEADERS_MISSING,
    SIGNATURE_BAD_TIMESTAMP,
    SIGNATURE_TIMESTAMP_SKEWED,
    SIGNATURE_MISMATCH
}
