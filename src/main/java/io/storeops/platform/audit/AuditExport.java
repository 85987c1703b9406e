package io.storeops.platform.audit;

import io.storeops.platform.CsvWriter;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered audit log as a CSV file, newest first, times in the merchant's zone; at most {@value #MAX_ENTRIES}
 * entries per file. Entries are written while they are read, so a large export never sits in memory.
 */
@Component
class AuditExport {

    static final int MAX_ENTRIES = 100_000;
    /** The file's bilingual column names, by design like the import templates' (a file header, not a message). */
    static final List<String> HEADER = List.of(
            "时间 time",
            "操作人 actor",
            "操作 action",
            "对象类型 entity_type",
            "对象ID entity_id",
            "摘要 summary",
            "变更前 before",
            "变更后 after");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final AuditRepository entries;
    private final Clock clock;
    private final ZoneId zone;

    AuditExport(AuditRepository entries, Clock clock, @Value("${storeops.platform.zone:Asia/Shanghai}") ZoneId zone) {
        this.entries = entries;
        this.clock = clock;
        this.zone = zone;
    }

    /** Refuses, before anything is written, a query matching more entries than one file may hold. */
    void requireWithinLimit(AuditRepository.AuditQuery query) {
        if (entries.count(query) > MAX_ENTRIES) {
            throw new FieldErrorException("from", Message.of(AuditMessage.AUDIT_EXPORT_TOO_LARGE, "max", MAX_ENTRIES));
        }
    }

    String fileName() {
        return "audit-" + STAMP.format(clock.instant().atZone(zone)) + ".csv";
    }

    @Transactional(readOnly = true)
    void write(AuditRepository.AuditQuery query, OutputStream out) {
        try (var csv = new CsvWriter(out)) {
            csv.row(HEADER);
            entries.forEach(
                    query,
                    MAX_ENTRIES,
                    e -> csv.row(List.of(
                            TIME.format(e.at().atZone(zone)),
                            e.actor(),
                            e.action(),
                            e.entityType(),
                            e.entityId(),
                            nullToEmpty(e.summary()),
                            nullToEmpty(e.beforeJson()),
                            nullToEmpty(e.afterJson()))));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
