package io.storeops.platform;

/** What happened to an audited entity. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    TRANSITION,
    IMPORT,
    REVOKE
}
