package io.storeops.marketplace.internal;

import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceShipment;
import io.storeops.marketplace.MarketplaceTrackingEvent;
import io.storeops.marketplace.MarketplaceTrackingEvent.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The carriers of one simulated shop: every accepted shipment becomes a parcel that is taken in ({@code ACCEPTED}),
 * scanned on its way through 2 to 4 real transfer centres ({@code IN_TRANSIT}), goes out for delivery in the buyer's
 * city ({@code OUT_FOR_DELIVERY}) and is signed for ({@code DELIVERED}) — one scan per {@code step} when
 * {@link #tick()} is called once a second. A share of parcels ({@code stallProbability}) gets stuck after one of its
 * transit scans and is scanned no more unless moved on by hand. All scans go into a change feed like the orders'.
 * Everything is serialized on the book; all randomness comes from one {@link Random}.
 */
public final class ParcelBook {

    public static final Duration DEFAULT_STEP = Duration.ofSeconds(20);
    public static final double DEFAULT_STALL_PROBABILITY = 0.05;

    /** Transfer centres a parcel may pass through: real Chinese logistics hubs. */
    static final List<String> HUBS = List.of(
            "杭州", "上海", "广州", "深圳", "北京", "武汉", "成都", "郑州", "南京", "济南", "长沙", "西安", "重庆", "天津", "合肥", "南昌", "石家庄",
            "沈阳");

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(OrderBook.ZONE);

    private final String idPrefix;
    private final Clock clock;
    private final Random random;
    private final Duration step;
    private final double stallProbability;
    private final String origin;
    private long changeSeq;
    private final NavigableMap<Long, MarketplaceTrackingEvent> feed = new TreeMap<>();
    private final Map<String, Parcel> parcels = new LinkedHashMap<>();
    private final Map<String, Parcel> moving = new LinkedHashMap<>();

    ParcelBook(String idPrefix, Clock clock, Random random, Duration step, double stallProbability) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("The logistics step must be positive");
        }
        if (!(stallProbability >= 0 && stallProbability <= 1)) {
            throw new IllegalArgumentException("The stall probability must be between 0 and 1");
        }
        this.idPrefix = idPrefix;
        this.clock = clock;
        this.random = random;
        this.step = step;
        this.stallProbability = stallProbability;
        this.origin = HUBS.get(random.nextInt(HUBS.size()));
    }

    /** The city the shop ships from. */
    public String origin() {
        return origin;
    }

    public Duration step() {
        return step;
    }

    /**
     * Hands a shipment to its carrier, who takes it in at once ({@code ACCEPTED}) and plans its way to the buyer.
     *
     * @return the first scan
     */
    public synchronized MarketplaceTrackingEvent register(
            MarketplaceShipment shipment, MarketplaceOrder.Address address) {
        if (parcels.containsKey(shipment.trackingNo())) {
            throw MarketplaceException.of(
                    409, "tracking-no-taken", "Tracking number " + shipment.trackingNo() + " is taken");
        }
        var carrier = Carrier.valueOf(shipment.carrier());
        var plan = plan(carrier, address);
        int transitScans =
                (int) plan.stream().filter(p -> p.status() == Status.IN_TRANSIT).count();
        // index of the transit scan after which a stalling parcel is heard of no more; -1 = it arrives
        int stallAfter = random.nextDouble() < stallProbability ? 1 + random.nextInt(transitScans) : -1;
        var parcel = new Parcel(shipment.trackingNo(), shipment.carrier(), shipment.orderId(), plan, stallAfter);
        parcels.put(parcel.trackingNo, parcel);
        moving.put(parcel.trackingNo, parcel);
        return emit(parcel);
    }

    /** One second of the carriers' work: every moving parcel whose next scan is due gets it. */
    public synchronized int tick() {
        Instant now = clock.instant();
        int scanned = 0;
        for (var parcel : List.copyOf(moving.values())) {
            if (!parcel.dueAt.isAfter(now)) {
                emit(parcel);
                scanned++;
            }
        }
        return scanned;
    }

    /** The parcel's next scan, now, even if it is stalled; empty when it has been delivered already. */
    public synchronized Optional<MarketplaceTrackingEvent> advance(String trackingNo) {
        var parcel = require(trackingNo);
        return parcel.delivered() ? Optional.empty() : Optional.of(emit(parcel));
    }

    /** The parcel is scanned no more on its own (lost in a transfer centre); a delivered parcel stays delivered. */
    public synchronized void stall(String trackingNo) {
        var parcel = require(trackingNo);
        if (!parcel.delivered()) {
            parcel.stalled = true;
            moving.remove(trackingNo);
        }
    }

    /** Every remaining scan of the parcel now, up to {@code DELIVERED}; empty when it has been delivered already. */
    public synchronized List<MarketplaceTrackingEvent> deliver(String trackingNo) {
        var parcel = require(trackingNo);
        var emitted = new ArrayList<MarketplaceTrackingEvent>();
        while (!parcel.delivered()) {
            emitted.add(emit(parcel));
        }
        return emitted;
    }

    /** The scans after {@code cursor}, at most {@code limit} of them, in order. */
    public synchronized FeedPage<MarketplaceTrackingEvent> page(long cursor, int limit) {
        return FeedPage.of(feed, cursor, limit, MarketplaceTrackingEvent::changeSeq);
    }

    /** All scans of all parcels in order. */
    public synchronized List<MarketplaceTrackingEvent> all() {
        return List.copyOf(feed.values());
    }

    /** The scans of one parcel so far, in order. */
    public synchronized List<MarketplaceTrackingEvent> events(String trackingNo) {
        return List.copyOf(require(trackingNo).events);
    }

    /** Whether the parcel is stuck: no more scans will come on their own. */
    public synchronized boolean stalled(String trackingNo) {
        return require(trackingNo).stalled;
    }

    private Parcel require(String trackingNo) {
        var parcel = trackingNo == null ? null : parcels.get(trackingNo);
        if (parcel == null) {
            throw MarketplaceException.of(404, "unknown-parcel", "No parcel " + trackingNo);
        }
        return parcel;
    }

    private MarketplaceTrackingEvent emit(Parcel parcel) {
        var planned = parcel.plan.get(parcel.next);
        Instant now = clock.instant();
        long seq = ++changeSeq;
        var event = new MarketplaceTrackingEvent(
                idPrefix + "T" + DAY.format(now) + "%06d".formatted(seq),
                parcel.trackingNo,
                parcel.carrier,
                parcel.orderId,
                planned.status(),
                planned.location(),
                planned.description(),
                now,
                seq);
        feed.put(seq, event);
        parcel.events.add(event);
        parcel.next++;
        parcel.dueAt = now.plus(step);
        if (parcel.delivered() || parcel.next - 1 == parcel.stallAfter) {
            parcel.stalled = !parcel.delivered();
            moving.remove(parcel.trackingNo);
        }
        return event;
    }

    /** Taken in at the shop's city, 2 to 4 transit scans, out for delivery and delivered in the buyer's city. */
    private List<Planned> plan(Carrier carrier, MarketplaceOrder.Address address) {
        String city =
                address == null || address.city() == null || address.city().isBlank()
                        ? HUBS.get(random.nextInt(HUBS.size())) + "市"
                        : address.city();
        String destination = city.endsWith("市") && city.length() > 2 ? city.substring(0, city.length() - 1) : city;
        String district = address == null || address.district() == null ? "" : address.district();
        var candidates = new ArrayList<>(HUBS);
        candidates.remove(origin);
        candidates.remove(destination);
        int between = random.nextInt(3);
        var via = new ArrayList<String>(between);
        for (int i = 0; i < between; i++) {
            via.add(candidates.remove(random.nextInt(candidates.size())));
        }
        var plan = new ArrayList<Planned>();
        plan.add(new Planned(Status.ACCEPTED, origin + "市", carrier.displayName() + "已揽收，快件已由【" + origin + "仓配营业部】收取"));
        String firstStop = via.isEmpty() ? destination : via.getFirst();
        plan.add(new Planned(Status.IN_TRANSIT, origin + "市", "快件已从【" + origin + "转运中心】发出，下一站【" + firstStop + "转运中心】"));
        for (int i = 0; i < via.size(); i++) {
            String next = i + 1 < via.size() ? via.get(i + 1) : destination;
            plan.add(new Planned(
                    Status.IN_TRANSIT, via.get(i) + "市", "快件已到达【" + via.get(i) + "转运中心】，下一站【" + next + "转运中心】"));
        }
        plan.add(new Planned(Status.IN_TRANSIT, city, "快件已到达【" + destination + "转运中心】"));
        var courier = BuyerFaker.buyer(random);
        plan.add(new Planned(
                Status.OUT_FOR_DELIVERY,
                city + district,
                "【" + city + district + "】快递员" + courier.name() + "正在派件（电话：" + courier.phone() + "），请保持电话畅通"));
        plan.add(new Planned(
                Status.DELIVERED, city + district, "您的快件已签收，签收人：本人签收。感谢使用" + carrier.displayName() + "，期待再次为您服务"));
        return plan;
    }

    private record Planned(Status status, String location, String description) {}

    private static final class Parcel {
        final String trackingNo;
        final String carrier;
        final String orderId;
        final List<Planned> plan;
        final int stallAfter;
        final List<MarketplaceTrackingEvent> events = new ArrayList<>();
        int next;
        Instant dueAt = Instant.MIN;
        boolean stalled;

        Parcel(String trackingNo, String carrier, String orderId, List<Planned> plan, int stallAfter) {
            this.trackingNo = trackingNo;
            this.carrier = carrier;
            this.orderId = orderId;
            this.plan = plan;
            this.stallAfter = stallAfter;
        }

        boolean delivered() {
            return next >= plan.size();
        }
    }
}
