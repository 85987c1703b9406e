package io.storeops.catalog;

import io.storeops.catalog.internal.ChannelRepository;
import io.storeops.catalog.internal.ListingRepository;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sales channels and their listing rules; changing the rules re-evaluates every listing of the channel. */
@Service
public class Channels {

    private final ChannelRepository channels;
    private final ListingRepository listings;
    private final ListingCompliance compliance;
    private final AuditLog audit;

    Channels(ChannelRepository channels, ListingRepository listings, ListingCompliance compliance, AuditLog audit) {
        this.channels = channels;
        this.listings = listings;
        this.compliance = compliance;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ChannelView> list() {
        return channels.findAll();
    }

    @Transactional(readOnly = true)
    public ChannelView get(String code) {
        return channels.find(code).orElseThrow(() -> new NotFoundException(ResourceKind.CHANNEL, code));
    }

    @Transactional
    public ChannelView create(String code, String name, ChannelRules rules) {
        if (channels.find(code).isPresent()) {
            throw new FieldErrorException("code", Message.of(CatalogMessage.CHANNEL_CODE_TAKEN, "code", code));
        }
        channels.insert(code, name, rules);
        ChannelView created = get(code);
        audit.record(AuditAction.CREATE, "channel", code, "Created channel " + code, null, created);
        return created;
    }

    @Transactional
    public ChannelView update(String code, String name, boolean enabled, ChannelRules rules) {
        ChannelView before = get(code);
        channels.update(code, name, enabled, rules);
        compliance.refreshAll(listings.idsOfChannel(code));
        ChannelView after = get(code);
        audit.record(AuditAction.UPDATE, "channel", code, "Updated rules of channel " + code, before, after);
        return after;
    }
}
