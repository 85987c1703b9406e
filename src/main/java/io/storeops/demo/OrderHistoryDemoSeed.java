package io.storeops.demo;

import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDetails;
import io.storeops.catalog.ProductQuery;
import io.storeops.channels.ChannelOrder;
import io.storeops.inventory.Inventory;
import io.storeops.inventory.StockLevel;
import io.storeops.orders.Allocation;
import io.storeops.orders.Fulfilment;
import io.storeops.orders.HistoricalOrder;
import io.storeops.orders.OrderHistory;
import io.storeops.orders.OrderIngestion;
import io.storeops.orders.OrderStatus;
import io.storeops.orders.Orders;
import io.storeops.orders.ReturnReason;
import io.storeops.orders.ReturnView;
import io.storeops.orders.ShipmentView;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo store's last 90 days (Asia/Shanghai): about 1,500 finished orders across Tmall (largest), JD, Douyin (spiky
 * live-stream days) and the web shop, with evening and weekend peaks and a three-day 双11-style promotion about 15
 * days ago (4–6× a normal day). Buyers come from a fixed pool across provinces, a share of them repeat customers;
 * parcels leave the nearest warehouse (华东 SH-01, 华南 GZ-01, 华北 BJ-01) with realistic carrier scans; about 3 % are
 * cancelled before shipping, about 4 % ship late, 6–10 % are returned (mostly size for apparel), small refunds are
 * paid fast. Imported as history ({@link OrderHistory}), so stock is not touched. On top, a few live situations for the
 * demo, made through the normal services so stock is reserved and shipped correctly: two parcels without a scan for a
 * day or more (STALLED warnings on the next scan), one order held for a suspicious address and one waiting for stock.
 * Deterministic for a given day.
 */
@Component
class OrderHistoryDemoSeed implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(OrderHistoryDemoSeed.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int DAYS = 90;
    private static final double BASE_PER_DAY = 14.5;
    /** Days ago of the promotion's three days and their factor over a normal day. */
    private static final Map<Integer, Double> PROMOTION = Map.of(16, 3.8, 15, 5.6, 14, 4.2);

    private static final String[] CHANNELS = {"TMALL", "JD", "DOUYIN", "WEBSHOP"};
    private static final double[] CHANNEL_SHARE = {0.46, 0.26, 0.15, 0.13};
    private static final double[] HOURS = {
        0.7, 0.35, 0.15, 0.08, 0.06, 0.1, 0.25, 0.55, 0.9, 1.2, 1.4, 1.5, 1.45, 1.3, 1.25, 1.3, 1.35, 1.3, 1.25, 1.5,
        1.95, 2.3, 2.1, 1.35
    };

    /** Province, city, district, nearest warehouse. */
    private static final String[][] PLACES = {
        {"上海", "上海市", "浦东新区", "SH-01"}, {"上海", "上海市", "徐汇区", "SH-01"}, {"上海", "上海市", "闵行区", "SH-01"},
        {"江苏", "南京市", "鼓楼区", "SH-01"}, {"江苏", "苏州市", "工业园区", "SH-01"}, {"江苏", "无锡市", "梁溪区", "SH-01"},
        {"浙江", "杭州市", "西湖区", "SH-01"}, {"浙江", "杭州市", "余杭区", "SH-01"}, {"浙江", "宁波市", "鄞州区", "SH-01"},
        {"安徽", "合肥市", "蜀山区", "SH-01"}, {"山东", "青岛市", "市南区", "SH-01"}, {"山东", "济南市", "历下区", "SH-01"},
        {"湖北", "武汉市", "洪山区", "SH-01"}, {"河南", "郑州市", "金水区", "SH-01"}, {"江西", "南昌市", "红谷滩区", "SH-01"},
        {"广东", "广州市", "天河区", "GZ-01"}, {"广东", "深圳市", "南山区", "GZ-01"}, {"广东", "深圳市", "福田区", "GZ-01"},
        {"广东", "东莞市", "南城街道", "GZ-01"}, {"福建", "厦门市", "思明区", "GZ-01"}, {"福建", "福州市", "鼓楼区", "GZ-01"},
        {"湖南", "长沙市", "岳麓区", "GZ-01"}, {"四川", "成都市", "武侯区", "GZ-01"}, {"四川", "成都市", "高新区", "GZ-01"},
        {"重庆", "重庆市", "渝北区", "GZ-01"}, {"广西", "南宁市", "青秀区", "GZ-01"}, {"云南", "昆明市", "五华区", "GZ-01"},
        {"北京", "北京市", "朝阳区", "BJ-01"}, {"北京", "北京市", "海淀区", "BJ-01"}, {"天津", "天津市", "南开区", "BJ-01"},
        {"河北", "石家庄市", "长安区", "BJ-01"}, {"辽宁", "沈阳市", "和平区", "BJ-01"}, {"陕西", "西安市", "雁塔区", "BJ-01"},
        {"山西", "太原市", "小店区", "BJ-01"}, {"黑龙江", "哈尔滨市", "南岗区", "BJ-01"}
    };

    private static final Map<String, String> HUB = Map.of("SH-01", "上海", "GZ-01", "广州", "BJ-01", "北京");
    private static final String[] STREETS = {
        "人民路", "中山路", "解放路", "建设路", "文化路", "和平路", "长江路", "新华路", "学府路", "滨江大道", "科技园路", "迎宾大道", "南京路", "光明街"
    };
    private static final String[] COMPOUNDS = {"阳光花园", "锦绣家园", "翠湖天地", "绿地世纪城", "万科城", "金色港湾", "幸福里", "世纪华庭"};
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁",
        "谢", "宋"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "婷", "雪", "浩然", "子涵",
        "欣怡", "宇轩", "梓萱", "思远", "佳怡", "一鸣", "雨桐", "晓东"
    };
    private static final String[] PHONE_PREFIXES = {
        "138", "137", "136", "135", "158", "152", "151", "186", "188", "187", "177", "159", "182", "183", "189", "176"
    };

    private final ProductCatalog catalog;
    private final Inventory inventory;
    private final OrderHistory history;
    private final OrderIngestion ingestion;
    private final Orders orders;
    private final Fulfilment fulfilment;
    private final Clock clock;

    OrderHistoryDemoSeed(
            ProductCatalog catalog,
            Inventory inventory,
            OrderHistory history,
            OrderIngestion ingestion,
            Orders orders,
            Fulfilment fulfilment,
            Clock clock) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.history = history;
        this.ingestion = ingestion;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "order history (90 days) and live order situations";
    }

    private record Sku(String code, String title, Money price, boolean apparel) {}

    private record Buyer(String name, String phone, String[] place, String detail, int number) {}

    @Override
    public void seed() {
        List<Sku> skus = new ArrayList<>();
        for (ProductDetails product :
                catalog.findAll(new ProductQuery(null, null, null, null, "spuCode,asc"), 10_000)) {
            for (ProductDetails.Sku sku : product.skus()) {
                if (sku.listPrice() != null && sku.listPrice().amount().signum() > 0) {
                    skus.add(new Sku(
                            sku.skuCode(),
                            product.title(),
                            sku.listPrice(),
                            product.spuCode().startsWith("APP-")));
                }
            }
        }
        if (skus.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Instant now = clock.instant();
        Random random = new Random(20261111L);
        List<HistoricalOrder> past = history(skus, now, random);
        var result = history.importHistory(past);
        live(skus, now);
        log.info(
                "Demo store: {} historical orders and the live situations in {} ms",
                result.imported(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private List<HistoricalOrder> history(List<Sku> skus, Instant now, Random random) {
        // popularity: a fixed shuffle, then a long tail
        List<Sku> ranked = new ArrayList<>(skus);
        Collections.shuffle(ranked, random);
        double[] cumulative = new double[ranked.size()];
        double sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            sum += 1.0 / (i + 6);
            cumulative[i] = sum;
        }
        List<Buyer> buyers = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            String name = pick(SURNAMES, random) + pick(GIVEN, random);
            String phone = pick(PHONE_PREFIXES, random) + "%08d".formatted(random.nextInt(100_000_000));
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String detail = "%s%d号 %s%d栋%d单元%d"
                    .formatted(
                            pick(STREETS, random),
                            1 + random.nextInt(399),
                            pick(COMPOUNDS, random),
                            1 + random.nextInt(30),
                            1 + random.nextInt(4),
                            101 + random.nextInt(25) * 100 + random.nextInt(4));
            buyers.add(new Buyer(name, phone, place, detail, i));
        }
        Set<Integer> liveDays = new HashSet<>();
        while (liveDays.size() < 9) {
            liveDays.add(2 + random.nextInt(DAYS - 2));
        }
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        List<HistoricalOrder> out = new ArrayList<>();
        long serial = 0;
        for (int ago = DAYS; ago >= 1; ago--) {
            LocalDate day = today.minusDays(ago);
            double factor = switch (day.getDayOfWeek()) {
                case FRIDAY -> 1.1;
                case SATURDAY -> 1.35;
                case SUNDAY -> 1.3;
                default -> 1.0;
            };
            factor *= 0.85 + 0.25 * (DAYS - ago) / DAYS; // the shop grows
            boolean promotion = PROMOTION.containsKey(ago);
            if (promotion) {
                factor *= PROMOTION.get(ago);
            }
            int total = (int) Math.round(BASE_PER_DAY * factor * (0.85 + 0.3 * random.nextDouble()));
            int douyinLive = liveDays.contains(ago) ? 10 + random.nextInt(16) : 0;
            for (int n = 0; n < total + douyinLive; n++) {
                String channel = n >= total ? "DOUYIN" : CHANNELS[weighted(CHANNEL_SHARE, random)];
                int hour = n >= total
                        ? 19 + random.nextInt(5)
                        : promotion && ago == 16 && random.nextDouble() < 0.25 ? 0 : weighted(HOURS, random);
                Instant orderedAt = day.atTime(hour, random.nextInt(60), random.nextInt(60))
                        .atZone(SHANGHAI)
                        .toInstant();
                Buyer buyer = random.nextDouble() < 0.35
                        ? buyers.get(random.nextInt(140))
                        : buyers.get(random.nextInt(buyers.size()));
                HistoricalOrder order =
                        order(channel, ++serial, orderedAt, promotion, buyer, ranked, cumulative, now, random);
                if (order != null) {
                    out.add(order);
                }
            }
        }
        return out;
    }

    private HistoricalOrder order(
            String channel,
            long serial,
            Instant orderedAt,
            boolean promotion,
            Buyer buyer,
            List<Sku> ranked,
            double[] cumulative,
            Instant now,
            Random random) {
        Instant paidAt = orderedAt.plusSeconds(
                random.nextDouble() < 0.85 ? 20 + random.nextInt(150) : 300 + random.nextInt(900));
        Basket basket = basket(promotion, ranked, cumulative, random);
        List<HistoricalOrder.Line> lines = basket.lines();
        Money items = basket.items();
        boolean apparel = basket.apparel();
        Money shipping =
                channel.equals("WEBSHOP") && items.isLessThan(Money.of("99.00")) ? Money.of("8.00") : Money.ZERO;
        Money total = items.plus(shipping);
        String externalId = externalId(channel, orderedAt, serial);
        String nick = nick(channel, buyer);
        String payment = payment(channel, random);
        var who = new HistoricalOrder.Buyer(nick, buyer.name(), buyer.phone());
        String[] place = buyer.place();
        var address = new HistoricalOrder.Address(place[0], place[1], place[2], buyer.detail());

        if (random.nextDouble() < 0.03) {
            Instant cancelledAt = paidAt.plusSeconds(600 + random.nextInt(6 * 3600));
            Instant refundedAt = cancelledAt.plusSeconds(30 + random.nextInt(300));
            if (refundedAt.isAfter(now)) {
                return null;
            }
            return new HistoricalOrder(
                    channel,
                    externalId,
                    OrderStatus.CANCELLED,
                    orderedAt,
                    paidAt,
                    cancelledAt,
                    who,
                    address,
                    lines,
                    shipping,
                    payment,
                    null,
                    null,
                    new HistoricalOrder.Refund(total, true, cancelledAt, refundedAt));
        }
        String warehouse = place[3];
        boolean late = random.nextDouble() < (promotion ? 0.08 : 0.028);
        Instant shippedAt = shippedAt(paidAt, late, promotion, random);
        boolean near = near(warehouse, place[0]);
        Instant deliveredAt = deliveredAt(shippedAt, near, random);
        if (deliveredAt.isAfter(now.minus(Duration.ofMinutes(30)))) {
            return null; // still on its way: not history yet
        }
        String carrier = carrier(channel, random);
        String hub = HUB.get(warehouse);
        List<HistoricalOrder.Scan> scans = scans(hub, place, near, shippedAt, deliveredAt, random);
        var parcel = new HistoricalOrder.Parcel(
                warehouse, carrier, tracking(carrier, serial), shippedAt, deliveredAt, scans);

        AfterSale afterSale = afterSale(apparel, promotion, deliveredAt, total, items, now, random);
        HistoricalOrder.Return returned = afterSale.returned();
        HistoricalOrder.Refund refund = afterSale.refund();
        OrderStatus status = refund != null
                ? OrderStatus.REFUNDED
                : deliveredAt.isBefore(now.minus(Duration.ofDays(7))) ? OrderStatus.COMPLETED : OrderStatus.DELIVERED;
        return new HistoricalOrder(
                channel,
                externalId,
                status,
                orderedAt,
                paidAt,
                null,
                who,
                address,
                lines,
                shipping,
                payment,
                parcel,
                returned,
                refund);
    }

    /** Live situations for the demo, through the normal services: stock is reserved and shipped as usual. */
    /** The lines of a demo order: its SKUs drawn by popularity, quantities and discounts. */
    private record Basket(List<HistoricalOrder.Line> lines, Money items, boolean apparel) {}

    private static Basket basket(boolean promotion, List<Sku> ranked, double[] cumulative, Random random) {
        int count = random.nextDouble() < 0.75 ? 1 : random.nextDouble() < 0.8 ? 2 : 3;
        List<HistoricalOrder.Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean apparel = false;
        Money items = Money.ZERO;
        for (int l = 0; l < count; l++) {
            double r = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = 0;
            while (cumulative[index] < r) {
                index++;
            }
            Sku sku = ranked.get(index);
            if (!seen.add(sku.code())) {
                continue;
            }
            double q = random.nextDouble();
            int quantity = q < 0.85 ? 1 : q < 0.97 ? 2 : 3;
            Money gross = sku.price().times(BigDecimal.valueOf(quantity));
            Money discount = Money.ZERO;
            if (promotion) {
                discount = gross.times(new BigDecimal("0.15"));
            } else if (l == 0 && gross.amount().compareTo(BigDecimal.valueOf(60)) > 0 && random.nextDouble() < 0.12) {
                discount = Money.of(BigDecimal.valueOf(5 + 5 * random.nextInt(4)));
            }
            lines.add(new HistoricalOrder.Line(sku.code(), sku.title(), quantity, sku.price(), discount));
            items = items.plus(gross.minus(discount));
            apparel |= sku.apparel();
        }
        return new Basket(lines, items, apparel);
    }

    /** The buyer's nick as each marketplace spells it. */
    private static String nick(String channel, Buyer buyer) {
        return switch (channel) {
            case "TMALL" -> "tb" + (1_000_000_000L + buyer.number() * 7_919L);
            case "JD" -> "jd_" + Long.toString(36L * 36 * 36 * 36 * 36 + buyer.number() * 104_729L, 36);
            case "DOUYIN" -> "dy" + (80_000_000 + buyer.number() * 613);
            default -> "user" + (10_000 + buyer.number());
        };
    }

    private static String payment(String channel, Random random) {
        return switch (channel) {
            case "TMALL" -> "ALIPAY";
            case "JD" -> random.nextBoolean() ? "JDPAY" : "WECHAT";
            case "DOUYIN" -> "DOUYIN_PAY";
            default -> random.nextBoolean() ? "WECHAT" : "ALIPAY";
        };
    }

    /** When the warehouse shipped: within 2 days (later when {@code late}), in working hours (08:00–22:00). */
    private static Instant shippedAt(Instant paidAt, boolean late, boolean promotion, Random random) {
        Instant shippedAt = late
                ? paidAt.plus(Duration.ofMinutes(49 * 60 + random.nextInt(40 * 60)))
                : paidAt.plus(Duration.ofMinutes(90 + random.nextInt((promotion ? 44 : 30) * 60)));
        ZonedDateTime local = shippedAt.atZone(SHANGHAI);
        if (local.getHour() < 8) {
            shippedAt = local.withHour(8 + random.nextInt(3))
                    .withMinute(random.nextInt(60))
                    .toInstant();
        } else if (local.getHour() >= 22) {
            shippedAt = local.plusDays(1)
                    .withHour(8 + random.nextInt(3))
                    .withMinute(random.nextInt(60))
                    .toInstant();
        }
        if (!late && shippedAt.isAfter(paidAt.plus(Duration.ofHours(47)))) {
            shippedAt = paidAt.plus(Duration.ofMinutes(46 * 60 + random.nextInt(50)));
        }
        return shippedAt;
    }

    /** Whether the buyer's province is served by the warehouse's own region (next-day delivery). */
    private static boolean near(String warehouse, String province) {
        return switch (warehouse) {
            case "SH-01" -> List.of("上海", "江苏", "浙江", "安徽").contains(province);
            case "GZ-01" -> List.of("广东", "广西", "福建").contains(province);
            default -> List.of("北京", "天津", "河北").contains(province);
        };
    }

    /** When the parcel was signed for: about a day away when near, two otherwise, between 09:00 and 21:00. */
    private static Instant deliveredAt(Instant shippedAt, boolean near, Random random) {
        Instant deliveredAt = shippedAt.plus(Duration.ofMinutes((near ? 16 * 60 : 38 * 60) + random.nextInt(30 * 60)));
        ZonedDateTime arrival = deliveredAt.atZone(SHANGHAI);
        if (arrival.getHour() < 9 || arrival.getHour() >= 21) {
            deliveredAt = (arrival.getHour() >= 21 ? arrival.plusDays(1) : arrival)
                    .withHour(9 + random.nextInt(4))
                    .withMinute(random.nextInt(60))
                    .toInstant();
        }
        return deliveredAt;
    }

    /** The carrier's scans, in the carrier's words (Chinese, as real carriers write them). */
    private static List<HistoricalOrder.Scan> scans(
            String hub, String[] place, boolean near, Instant shippedAt, Instant deliveredAt, Random random) {
        List<HistoricalOrder.Scan> scans = new ArrayList<>();
        scans.add(new HistoricalOrder.Scan(
                "PICKED_UP", hub, "【%s】快递员已揽收".formatted(hub), shippedAt.plusSeconds(1800 + random.nextInt(3600))));
        scans.add(new HistoricalOrder.Scan(
                "IN_TRANSIT",
                hub + "转运中心",
                "快件已到达【%s转运中心】".formatted(hub),
                shippedAt.plusSeconds(5 * 3600 + random.nextInt(4 * 3600))));
        Instant arrived = deliveredAt.minusSeconds(8 * 3600 + random.nextInt(5 * 3600));
        if (!near && arrived.isAfter(scans.getLast().occurredAt())) {
            scans.add(new HistoricalOrder.Scan(
                    "IN_TRANSIT", place[1] + "转运中心", "快件已到达【%s转运中心】".formatted(place[1]), arrived));
        }
        Instant out = deliveredAt.minusSeconds(3600 + random.nextInt(2 * 3600));
        if (out.isAfter(scans.getLast().occurredAt())) {
            scans.add(new HistoricalOrder.Scan("OUT_FOR_DELIVERY", place[1] + place[2], "快递员正在派件", out));
        }
        scans.add(new HistoricalOrder.Scan(
                "DELIVERED", place[1] + place[2], random.nextDouble() < 0.4 ? "已签收，快递柜取件" : "已签收，本人签收", deliveredAt));
        return scans;
    }

    /** A return (and its refund) for some delivered orders: more for apparel and promotion orders. */
    private record AfterSale(HistoricalOrder.@Nullable Return returned, HistoricalOrder.@Nullable Refund refund) {}

    private static AfterSale afterSale(
            boolean apparel,
            boolean promotion,
            Instant deliveredAt,
            Money total,
            Money items,
            Instant now,
            Random random) {
        HistoricalOrder.Return returned = null;
        HistoricalOrder.Refund refund = null;
        double returnChance = (apparel ? 0.14 : 0.052) + (promotion ? 0.03 : 0);
        if (random.nextDouble() < returnChance) {
            ReturnReason reason = reason(apparel, random);
            Instant requestedAt = deliveredAt.plusSeconds(4 * 3600 + random.nextInt(6 * 86_400));
            if (requestedAt.isBefore(now)) {
                boolean refundOnly = reason == ReturnReason.DAMAGED
                        && total.isLessThan(Money.of("60.00"))
                        && random.nextDouble() < 0.5;
                Instant receivedAt =
                        refundOnly ? null : requestedAt.plusSeconds(2 * 86_400 + random.nextInt(3 * 86_400));
                if (receivedAt != null && receivedAt.isAfter(now)) {
                    receivedAt = null;
                }
                Boolean resellable = receivedAt == null
                        ? null
                        : switch (reason) {
                            case SIZE_FIT, NO_LONGER_NEEDED -> random.nextDouble() < 0.85;
                            case NOT_AS_DESCRIBED -> random.nextBoolean();
                            default -> false;
                        };
                returned = new HistoricalOrder.Return(
                        refundOnly ? ReturnView.Type.REFUND_ONLY : ReturnView.Type.RETURN,
                        reason,
                        note(reason, random),
                        requestedAt,
                        receivedAt,
                        resellable);
                Money amount = items;
                boolean fast = amount.isLessThan(Money.of("100.01"));
                Instant refundedAt = fast
                        ? requestedAt.plusSeconds(60 + random.nextInt(600))
                        : receivedAt == null ? null : receivedAt.plusSeconds(2 * 3600 + random.nextInt(28 * 3600));
                if (refundedAt != null
                        && refundedAt.isBefore(now)
                        && amount.amount().signum() > 0) {
                    refund = new HistoricalOrder.Refund(amount, fast, requestedAt, refundedAt);
                }
            }
        }
        return new AfterSale(returned, refund);
    }

    private void live(List<Sku> skus, Instant now) {
        Map<String, Map<String, Integer>> available = new HashMap<>();
        for (StockLevel level : inventory.levelsOf(skus.stream().map(Sku::code).toList())) {
            available.computeIfAbsent(level.skuCode(), k -> new HashMap<>()).put(level.warehouse(), level.available());
        }
        Sku north = stocked(skus, available, "BJ-01", 5);
        Sku south = stocked(skus, available, "GZ-01", 5);
        Sku east = stocked(skus, available, "SH-01", 5);
        // two parcels without a scan for more than a day: STALLED on the next warning scan
        if (north != null) {
            stalled(
                    "JD",
                    "JD",
                    "JDVA00" + day(now) + "01",
                    north,
                    1,
                    new String[] {"北京", "北京市", "朝阳区", "望京街道 阜通东大街 6 号院 3 号楼 1802"},
                    "赵一鸣",
                    "13301861234",
                    now,
                    40,
                    36,
                    31);
        }
        if (south != null) {
            stalled(
                    "DOUYIN",
                    "SF",
                    "SF9" + day(now) + "0002",
                    south,
                    2,
                    new String[] {"广东", "深圳市", "南山区", "粤海街道 科技园南区 高新南七道 9 号 A 座 1203"},
                    "林佳怡",
                    "13302751234",
                    now,
                    44,
                    42,
                    29);
        }
        // held for a suspicious address
        if (east != null) {
            ingestion.ingest(
                    List.of(channelOrder(
                            "WEBSHOP",
                            "WS-LIVE-" + day(now) + "-H",
                            east,
                            1,
                            new String[] {"浙江", "杭州市", "西湖区", "文三路 90 号 楼下快递柜自提"},
                            "陈思远",
                            "13305711234",
                            now.minus(Duration.ofHours(2)))),
                    "DEMO");
        }
        // waiting for stock: more than every warehouse holds
        Sku scarce = skus.stream()
                .filter(s -> s.price().isLessThan(Money.of("300.00")))
                .filter(s -> available.containsKey(s.code()))
                .min((a, b) -> Integer.compare(units(available, a), units(available, b)))
                .orElse(null);
        if (scarce != null) {
            ingestion.ingest(
                    List.of(channelOrder(
                            "TMALL",
                            "TM-LIVE-" + day(now) + "-W",
                            scarce,
                            units(available, scarce) + 3,
                            new String[] {"江苏", "苏州市", "工业园区", "星湖街 328 号 创意产业园 5 栋 402"},
                            "周雨桐",
                            "13306121234",
                            now.minus(Duration.ofHours(3)))),
                    "DEMO");
        }
    }

    private void stalled(
            String channel,
            String carrier,
            String trackingNo,
            Sku sku,
            int n,
            String[] place,
            String name,
            String phone,
            Instant now,
            int paidHoursAgo,
            int shippedHoursAgo,
            int lastScanHoursAgo) {
        var result = ingestion
                .ingest(
                        List.of(channelOrder(
                                channel,
                                channel + "-LIVE-" + day(now) + "-S" + n,
                                sku,
                                1,
                                place,
                                name,
                                phone,
                                now.minus(Duration.ofHours(paidHoursAgo)))),
                        "DEMO")
                .getFirst();
        if (result.status() != OrderStatus.ALLOCATED) {
            log.warn("Demo store: live order {} is {}, not shipped", result.externalId(), result.status());
            return;
        }
        long id = orders.getByNumber(result.orderNo()).id();
        fulfilment.pick(id);
        fulfilment.pack(id);
        String warehouse = orders.get(id).allocations().stream()
                .map(Allocation::warehouse)
                .findFirst()
                .orElseThrow();
        ShipmentView shipment = fulfilment.ship(id, warehouse, carrier, trackingNo);
        history.backdateShipment(shipment.id(), now.minus(Duration.ofHours(shippedHoursAgo)));
        String hub = HUB.getOrDefault(warehouse, "上海");
        fulfilment.recordScan(
                trackingNo,
                "demo:" + trackingNo + ":1",
                "PICKED_UP",
                hub,
                "【%s】快递员已揽收".formatted(hub),
                now.minus(Duration.ofHours(shippedHoursAgo - 1)));
        fulfilment.recordScan(
                trackingNo,
                "demo:" + trackingNo + ":2",
                "IN_TRANSIT",
                hub + "转运中心",
                "快件已到达【%s转运中心】".formatted(hub),
                now.minus(Duration.ofHours(lastScanHoursAgo)));
    }

    /** A paid order still to ship, taken in like any API batch: reviewed, routed and reserved. */
    private static ChannelOrder channelOrder(
            String channel,
            String externalId,
            Sku sku,
            int quantity,
            String[] place,
            String name,
            String phone,
            Instant paidAt) {
        return new ChannelOrder(
                channel,
                externalId,
                ChannelOrder.Status.PAID,
                paidAt.minusSeconds(90),
                paidAt,
                new ChannelOrder.Buyer(name, name, phone),
                new ChannelOrder.Address(place[0], place[1], place[2], place[3]),
                List.of(new ChannelOrder.Line(
                        sku.code(),
                        null,
                        sku.title(),
                        quantity,
                        sku.price(),
                        Money.ZERO,
                        sku.price().times(BigDecimal.valueOf(quantity)))),
                Money.ZERO,
                null,
                "ALIPAY",
                null);
    }

    private static Sku stocked(List<Sku> skus, Map<String, Map<String, Integer>> available, String warehouse, int min) {
        return skus.stream()
                .filter(s -> s.price().isLessThan(Money.of("1000.00")))
                .filter(s -> available.getOrDefault(s.code(), Map.of()).getOrDefault(warehouse, 0) >= min)
                .findFirst()
                .orElse(null);
    }

    private static int units(Map<String, Map<String, Integer>> available, Sku sku) {
        return available.getOrDefault(sku.code(), Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    private static String day(Instant now) {
        return LocalDate.ofInstant(now, SHANGHAI).toString().replace("-", "");
    }

    private static String externalId(String channel, Instant orderedAt, long serial) {
        String date = LocalDate.ofInstant(orderedAt, SHANGHAI).toString().replace("-", "");
        return switch (channel) {
            case "TMALL" -> "TMH" + date + "%06d".formatted(serial);
            case "JD" -> "JDH" + date + "%06d".formatted(serial);
            case "DOUYIN" -> "DYH" + date + "%06d".formatted(serial);
            default -> "WSH-" + date + "-" + "%05d".formatted(serial);
        };
    }

    private static String carrier(String channel, Random random) {
        double r = random.nextDouble();
        return switch (channel) {
            case "JD" -> r < 0.7 ? "JD" : "SF";
            case "TMALL" -> r < 0.3 ? "ZTO" : r < 0.5 ? "YTO" : r < 0.7 ? "YUNDA" : r < 0.85 ? "STO" : "SF";
            case "DOUYIN" -> r < 0.45 ? "ZTO" : r < 0.75 ? "YTO" : "YUNDA";
            default -> r < 0.6 ? "SF" : r < 0.9 ? "ZTO" : "EMS";
        };
    }

    /** A tracking number in the carrier's usual shape, unique per order serial. */
    private static String tracking(String carrier, long serial) {
        long digits = Math.floorMod(serial * 982_451_653L + 7_340_033L, 1_000_000_000_000L);
        String body = "%012d".formatted(digits);
        return switch (carrier) {
            case "SF" -> "SF1" + body;
            case "ZTO" -> "75" + body;
            case "YTO" -> "YT8" + body;
            case "YUNDA" -> "43" + body;
            case "STO" -> "77" + body;
            case "JD" -> "JDVB" + body;
            default -> "11" + body;
        };
    }

    private static ReturnReason reason(boolean apparel, Random random) {
        double r = random.nextDouble();
        if (apparel) {
            return r < 0.45
                    ? ReturnReason.SIZE_FIT
                    : r < 0.65
                            ? ReturnReason.NO_LONGER_NEEDED
                            : r < 0.8
                                    ? ReturnReason.NOT_AS_DESCRIBED
                                    : r < 0.95 ? ReturnReason.QUALITY : ReturnReason.DAMAGED;
        }
        return r < 0.22
                ? ReturnReason.DAMAGED
                : r < 0.47
                        ? ReturnReason.QUALITY
                        : r < 0.65
                                ? ReturnReason.NOT_AS_DESCRIBED
                                : r < 0.95 ? ReturnReason.NO_LONGER_NEEDED : ReturnReason.WRONG_ITEM;
    }

    private static String note(ReturnReason reason, Random random) {
        String[] notes = switch (reason) {
            case SIZE_FIT -> new String[] {"尺码偏小", "偏大一码", "肩宽不合适"};
            case DAMAGED -> new String[] {"外箱破损，商品有裂痕", "收到时包装压坏"};
            case NOT_AS_DESCRIBED -> new String[] {"颜色和图片差别大", "材质与描述不符"};
            case QUALITY -> new String[] {"用了两天就坏了", "有线头和污渍", "充不进电"};
            case NO_LONGER_NEEDED -> new String[] {"拍错了", "不想要了", "买重复了"};
            case WRONG_ITEM -> new String[] {"发错颜色"};
            default -> new String[] {""};
        };
        return pick(notes, random);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static int weighted(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
