package io.storeops.catalog;

import io.storeops.catalog.internal.ChannelRepository;
import io.storeops.catalog.internal.ListingRepository;
import io.storeops.catalog.internal.ProductRepository;
import io.storeops.catalog.rules.ListingEvaluator.Evaluation;
import io.storeops.platform.Access;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.platform.Permissions;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import io.storeops.shared.RuleViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channel listings (F1.2, F1.3): a product's own title, price and images per channel, kept evaluated against the
 * channel's rules. A listing goes live only without blocking violations.
 */
@Service
public class Listings {

    private final ListingRepository listings;
    private final ProductRepository products;
    private final ChannelRepository channels;
    private final ListingCompliance compliance;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Listings(
            ListingRepository listings,
            ProductRepository products,
            ChannelRepository channels,
            ListingCompliance compliance,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.listings = listings;
        this.products = products;
        this.channels = channels;
        this.compliance = compliance;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ListingView get(long id) {
        return listings.find(id).orElseThrow(() -> new NotFoundException(ResourceKind.LISTING, id));
    }

    @Transactional(readOnly = true)
    public List<ListingView> ofProduct(ProductId productId) {
        requireProduct(productId.value());
        return listings.findByProduct(productId.value());
    }

    @Transactional(readOnly = true)
    public PageResult<ListingView> search(ListingQuery query, int page, int size) {
        return listings.search(query, page, size);
    }

    /** Every listing matching the query, in its sort order, at most {@code limit} of them. */
    @Transactional(readOnly = true)
    public List<ListingView> findAll(ListingQuery query, int limit) {
        return listings.findAll(query, limit);
    }

    /** Starts a draft listing of the product on the channel, copying the product's title, lowest price and images. */
    @Transactional
    public ListingView createDraft(ProductId productId, String channel) {
        ProductDetails product = requireProduct(productId.value());
        if (channels.find(channel).isEmpty()) {
            throw new FieldErrorException("channel", Message.of(CatalogMessage.CHANNEL_UNKNOWN, "channel", channel));
        }
        if (listings.find(productId.value(), channel).isPresent()) {
            throw new ConflictException(
                    "listing-exists", Message.of(CatalogMessage.LISTING_EXISTS, "channel", channel));
        }
        Money price = product.skus().stream()
                .map(ProductDetails.Sku::listPrice)
                .min(Comparator.naturalOrder())
                .orElse(null);
        long id = listings.insert(productId.value(), channel, product.title(), price, product.images());
        compliance.refresh(get(id));
        ListingView created = get(id);
        audit.record(
                AuditAction.CREATE,
                "listing",
                id,
                "Created " + channel + " listing of " + product.spuCode(),
                null,
                created);
        return created;
    }

    @Transactional
    public ListingView update(long id, String title, Money price, List<String> images, int expectedVersion) {
        ListingView before = get(id);
        boolean priceChanged = before.price() == null
                ? price != null
                : price == null || before.price().compareTo(price) != 0;
        if (priceChanged) {
            Access.require(Permissions.PRICE_WRITE);
        }
        if (price != null && price.isNegative()) {
            throw new FieldErrorException("price", Message.of(CatalogMessage.PRICE_NEGATIVE));
        }
        List<String> cleanImages =
                images == null ? List.of() : images.stream().map(String::strip).toList();
        if (!listings.update(id, expectedVersion, title.strip(), price, cleanImages)) {
            throw new ConflictException("stale-version", Message.of(CatalogMessage.LISTING_CHANGED));
        }
        compliance.refresh(get(id));
        ListingView after = get(id);
        String summary = "Updated " + after.channel() + " listing of " + after.spuCode()
                + (priceChanged ? "; price " + before.price() + " → " + price : "");
        audit.record(AuditAction.UPDATE, "listing", id, summary, before, after);
        events.publishEvent(new ListingUpdated(id, after.productId(), after.channel(), priceChanged, clock.instant()));
        return after;
    }

    /** Moves the listing to the target status, refusing illegal moves and, for READY and LISTED, blocking violations. */
    @Transactional
    public ListingView transition(long id, ListingStatus target) {
        ListingView before = get(id);
        if (!before.status().canMoveTo(target)) {
            throw new ConflictException(
                    "illegal-transition",
                    Message.of(
                            CatalogMessage.LISTING_ILLEGAL_TRANSITION,
                            "from",
                            before.status().name(),
                            "to",
                            target.name()));
        }
        if (target.requiresCompliance()) {
            Evaluation evaluation = compliance.refresh(before);
            if (evaluation.hasBlocking()) {
                throw new RuleViolationException(
                        "listing-blocked",
                        Message.of(
                                target == ListingStatus.LISTED
                                        ? CatalogMessage.LISTING_BLOCKED_LISTED
                                        : CatalogMessage.LISTING_BLOCKED_READY,
                                "count",
                                evaluation.blockingCount()),
                        evaluation.violations().stream()
                                .filter(Violation::isBlocking)
                                .toList());
            }
        }
        if (!listings.updateStatus(id, before.status(), target)) {
            throw new ConflictException("stale-version", Message.of(CatalogMessage.LISTING_STATUS_CHANGED));
        }
        ListingView after = get(id);
        audit.record(
                AuditAction.TRANSITION,
                "listing",
                id,
                after.channel() + " listing of " + after.spuCode() + ": " + before.status() + " → " + target,
                before,
                after);
        events.publishEvent(new ListingStatusChanged(
                id, after.productId(), after.channel(), before.status(), target, clock.instant()));
        return after;
    }

    /** Re-checks every listing of the channel against its current rules and reports the outcome. */
    @Transactional
    public ChannelValidation validateChannel(String channel) {
        if (channels.find(channel).isEmpty()) {
            throw new NotFoundException(ResourceKind.CHANNEL, channel);
        }
        var checked = compliance.refreshAll(listings.idsOfChannel(channel));
        List<ChannelValidation.Result> results = new ArrayList<>();
        Map<String, Long> byCode = new TreeMap<>();
        int blocked = 0;
        long scoreSum = 0;
        for (var c : checked) {
            ListingView listing = c.listing();
            Evaluation e = c.evaluation();
            if (e.hasBlocking()) {
                blocked++;
            }
            scoreSum += e.score();
            e.violations().forEach(v -> byCode.merge(v.code(), 1L, Long::sum));
            results.add(new ChannelValidation.Result(
                    listing.id(), listing.productId(), listing.title(), listing.status(), e.score(), e.violations()));
        }
        results.sort(Comparator.comparingInt(ChannelValidation.Result::score)
                .thenComparingLong(ChannelValidation.Result::listingId));
        int average = checked.isEmpty() ? 100 : (int) Math.round((double) scoreSum / checked.size());
        return new ChannelValidation(channel, checked.size(), blocked, average, byCode, results);
    }

    private ProductDetails requireProduct(long productId) {
        return products.find(productId).orElseThrow(() -> new NotFoundException(ResourceKind.PRODUCT, productId));
    }
}
