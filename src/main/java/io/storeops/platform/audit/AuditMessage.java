package io.storeops.platform.audit;

import io.storeops.shared.MessageCode;

/** What the audit log's export tells a user. */
enum AuditMessage implements MessageCode {
    AUDIT_EXPORT_TOO_LARGE,
    AUDIT_EXPORT_CSV_ONLY
}
