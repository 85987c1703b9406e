package io.storeops.platform;

import io.storeops.platform.audit.AuditRepository;
import io.storeops.platform.audit.AuditRepository.NewEntry;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who changed what, when, and the state before and after. Joins the caller's transaction, so an audit entry
 * exists exactly when the change it describes was committed.
 */
@Service
public class AuditLog {

    private final AuditRepository entries;
    private final JsonMapper json;

    AuditLog(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditAction action, String entityType, Object entityId, String summary, Object before, Object after) {
        entries.insert(entry(currentActor(), action, entityType, new Entry(entityId, summary, before, after)));
    }

    /** Records many entries of one action at once (bulk imports), in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(AuditAction action, String entityType, List<Entry> changes) {
        String actor = currentActor();
        entries.insertAll(changes.stream()
                .map(change -> entry(actor, action, entityType, change))
                .toList());
    }

    private NewEntry entry(String actor, AuditAction action, String entityType, Entry change) {
        return new NewEntry(
                actor,
                action,
                entityType,
                String.valueOf(change.entityId()),
                change.summary(),
                toJson(change.before()),
                toJson(change.after()));
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    /** One change for {@link #recordAll}. */
    public record Entry(Object entityId, String summary, Object before, Object after) {}

    /** The name of the user or API token acting in this thread, or {@code system} for background work. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
