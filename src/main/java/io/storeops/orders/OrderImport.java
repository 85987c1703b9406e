package io.storeops.orders;

import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.storeops.channels.ChannelOrder;
import io.storeops.platform.ImportMessage;
import io.storeops.platform.ImportRejectedException;
import io.storeops.platform.ImportRowError;
import io.storeops.platform.TableFile;
import io.storeops.platform.TableFormatException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order import from a file (F3.4, the "file channel"): merchants without an API export orders from a marketplace back
 * office (Tmall or JD style, CSV or xlsx) and import them. One row per order line; rows with the same order number form
 * one order. Columns are found by their Chinese or English header in any order ({@code 订单编号}/{@code order_no},
 * {@code 商家编码}/{@code sku_code}, {@code 数量}/{@code quantity} are required). Every row is checked first and every
 * error reported with its row and column; only a file without errors is ingested, all in one transaction, through
 * {@link OrderIngestion} with source {@code IMPORT} — idempotent by channel + order number, so importing a file twice
 * stores nothing twice.
 */
@Service
public class OrderImport {

    static final int MAX_ROWS = 20_000;
    static final int MAX_LINES_PER_ORDER = 200;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern BILINGUAL = Pattern.compile("\\s*[/|]\\s*|(?<=[\\p{IsHan}）)])\\s+(?=[A-Za-z])");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE_WITH_ZERO_FRACTION = Pattern.compile("^(\\d+)\\.0+$");

    private final OrderIngestion ingestion;
    private final Channels channels;

    OrderImport(OrderIngestion ingestion, Channels channels) {
        this.ingestion = ingestion;
        this.channels = channels;
    }

    /** The columns of an order file: the key errors name, the template's header and the headers accepted. */
    public enum Column {
        ORDER_NO("order_no", "订单编号", true, "订单号", "主订单编号", "订单id", "外部订单号", "order no", "order number", "order id"),
        BUYER_NICK("buyer_nick", "买家昵称", false, "买家会员名", "买家账号", "买家", "buyer nick", "buyer"),
        RECEIVER("receiver", "收货人", false, "收货人姓名", "收件人", "收件人姓名", "receiver", "receiver name", "consignee"),
        PHONE("phone", "联系电话", false, "手机", "手机号", "手机号码", "联系手机", "收货人手机", "收货人电话", "电话", "phone", "mobile"),
        PROVINCE("province", "省", false, "省份", "收货省份", "所在省", "province"),
        CITY("city", "市", false, "城市", "收货城市", "所在市", "city"),
        DISTRICT("district", "区", false, "区县", "县区", "所在区", "district"),
        ADDRESS("address", "详细地址", false, "收货地址", "地址", "街道地址", "address", "detail address", "street"),
        SKU_CODE("sku_code", "商家编码", true, "sku编码", "商家sku编码", "商家sku", "sku code", "sku", "outer sku id"),
        TITLE("title", "商品名称", false, "宝贝标题", "商品标题", "标题", "title", "item title", "product name"),
        QUANTITY("quantity", "数量", true, "购买数量", "宝贝数量", "商品数量", "quantity", "qty"),
        UNIT_PRICE("unit_price", "单价", false, "商品单价", "价格", "unit price", "price"),
        DISCOUNT("discount", "优惠", false, "优惠金额", "折扣", "折扣金额", "discount"),
        SHIPPING_FEE("shipping_fee", "运费", false, "邮费", "买家应付邮费", "shipping fee", "shipping", "freight"),
        ORDERED_AT("ordered_at", "下单时间", false, "订单创建时间", "创建时间", "ordered at", "order time", "created at"),
        PAID_AT("paid_at", "付款时间", false, "支付时间", "paid at", "payment time"),
        STATUS("status", "订单状态", false, "状态", "order status", "status"),
        BUYER_MESSAGE("buyer_message", "买家留言", false, "买家备注", "buyer message", "message");

        private final String key;
        private final String labelZh;
        private final boolean required;
        private final Set<String> aliases;

        Column(String key, String labelZh, boolean required, String... aliases) {
            this.key = key;
            this.labelZh = labelZh;
            this.required = required;
            var names = new HashSet<String>();
            names.add(normalise(key));
            names.add(normalise(labelZh));
            for (String alias : aliases) {
                names.add(normalise(alias));
            }
            this.aliases = Set.copyOf(names);
        }

        public String key() {
            return key;
        }

        public boolean required() {
            return required;
        }

        /** The template's header: the Chinese label and the key, e.g. {@code 订单编号 order_no}. */
        public String header() {
            return labelZh + " " + key;
        }

        /**
         * The column a header names: the whole header, or one of its parts when it pairs a Chinese and an English name
         * ({@code 订单编号 order_no}, {@code 订单编号/Order No.}); case, spaces, underscores and punctuation ignored.
         */
        static Optional<Column> forHeader(String header) {
            Optional<Column> whole = byName(header);
            if (whole.isPresent()) {
                return whole;
            }
            for (String part : BILINGUAL.split(header)) {
                Optional<Column> column = byName(part);
                if (column.isPresent()) {
                    return column;
                }
            }
            return Optional.empty();
        }

        private static Optional<Column> byName(String name) {
            String normalised = normalise(name);
            if (normalised.isEmpty()) {
                return Optional.empty();
            }
            for (Column column : values()) {
                if (column.aliases.contains(normalised)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }

        private static String normalise(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.:：()（）*]", "");
        }
    }

    /**
     * The outcome of a file: data rows read, orders in it, and how many were created now, were known already
     * (duplicates) or were known and are now cancelled; the orders by their status now; and the answer per order.
     */
    public record Result(
            String channel,
            int rows,
            int orders,
            int created,
            int duplicates,
            int cancelled,
            Map<OrderStatus, Integer> statuses,
            List<OrderIngestion.Result> results) {}

    /**
     * Checks the whole file, then ingests its orders in one transaction.
     *
     * @throws FieldErrorException when the channel is unknown
     * @throws ImportRejectedException with every problem found, when the file is not valid; nothing is stored then
     */
    @Transactional
    public Result importFile(String fileName, byte[] content, String channel) {
        String channelCode = channelCode(channel);
        TableFile table = read(fileName, content);
        List<ImportRowError> errors = new ArrayList<>();
        Map<Column, List<Integer>> columns = columns(table.header(), errors);
        rejectIfAny(errors);
        if (table.rows().isEmpty()) {
            throw new ImportRejectedException(
                    List.of(ImportRowError.ofFile(Message.of(ImportMessage.IMPORT_NO_DATA_ROWS))));
        }
        Map<String, Draft> drafts = drafts(table, columns, errors);
        rejectIfAny(errors);
        List<ChannelOrder> orders = new ArrayList<>(drafts.size());
        drafts.forEach((orderNo, draft) -> orders.add(draft.toChannelOrder(channelCode, orderNo)));
        List<OrderIngestion.Result> results = ingestion.ingest(orders, "IMPORT");
        return result(channelCode, table.rows().size(), results);
    }

    /** The file's table; a file that is not one is refused with its header's problems, or the format's. */
    private static TableFile read(String fileName, byte[] content) {
        try {
            return TableFile.read(fileName, content, MAX_ROWS);
        } catch (TableFormatException e) {
            List<ImportRowError> errors = new ArrayList<>();
            e.header().ifPresent(h -> columns(h, errors));
            if (errors.isEmpty()) {
                errors.add(ImportRowError.of(e));
            }
            throw new ImportRejectedException(errors);
        }
    }

    /** The rows grouped by order number, in file order; each problem is added to the errors. */
    private static Map<String, Draft> drafts(
            TableFile table, Map<Column, List<Integer>> columns, List<ImportRowError> errors) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (TableFile.Row row : table.rows()) {
            var cells = new Cells(row, columns, errors);
            String orderNo = cells.text(Column.ORDER_NO, 100);
            if (orderNo.isEmpty()) {
                errors.add(new ImportRowError(
                        row.number(), Column.ORDER_NO.key, Message.of(ImportMessage.IMPORT_REQUIRED)));
            }
            Draft draft = orderNo.isEmpty() ? new Draft() : drafts.computeIfAbsent(orderNo, no -> new Draft());
            draft.add(cells);
        }
        return drafts;
    }

    private static void rejectIfAny(List<ImportRowError> errors) {
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
    }

    /** The catalog's code of the channel, matched ignoring case; unknown channels are refused. */
    private String channelCode(String channel) {
        String wanted = channel == null ? "" : channel.strip();
        if (wanted.isEmpty()) {
            throw new FieldErrorException("channel", Message.of(ImportMessage.IMPORT_REQUIRED));
        }
        return channels.list().stream()
                .map(ChannelView::code)
                .filter(code -> code.equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new FieldErrorException(
                        "channel", Message.of(OrderImportMessage.IMPORT_UNKNOWN_CHANNEL, "channel", wanted)));
    }

    private static Result result(String channel, int rows, List<OrderIngestion.Result> results) {
        int created = 0;
        int duplicates = 0;
        int cancelled = 0;
        Map<OrderStatus, Integer> statuses = new EnumMap<>(OrderStatus.class);
        for (OrderIngestion.Result r : results) {
            switch (r.outcome()) {
                case CREATED -> created++;
                case DUPLICATE -> duplicates++;
                case CANCELLED -> cancelled++;
            }
            if (r.status() != null) {
                statuses.merge(r.status(), 1, Integer::sum);
            }
        }
        return new Result(channel, rows, results.size(), created, duplicates, cancelled, statuses, results);
    }

    /**
     * The indexes of each column in the header, in file order (an export may have both 联系电话 and 联系手机: the first
     * non-blank cell counts); a missing required column is an error.
     */
    private static Map<Column, List<Integer>> columns(TableFile.Row header, List<ImportRowError> errors) {
        Map<Column, List<Integer>> index = new EnumMap<>(Column.class);
        for (int c = 0; c < header.cells().size(); c++) {
            int at = c;
            Column.forHeader(header.cell(c))
                    .ifPresent(column -> index.computeIfAbsent(column, k -> new ArrayList<>())
                            .add(at));
        }
        for (Column column : Column.values()) {
            if (column.required && !index.containsKey(column)) {
                errors.add(new ImportRowError(
                        header.number(),
                        column.key,
                        Message.of(ImportMessage.IMPORT_MISSING_COLUMN, "column", column.header())));
            }
        }
        return index;
    }

    /** The cells of one row, parsed; each problem is added to the errors with the row and column. */
    private static final class Cells {

        private final TableFile.Row row;
        private final Map<Column, List<Integer>> columns;
        private final List<ImportRowError> errors;

        Cells(TableFile.Row row, Map<Column, List<Integer>> columns, List<ImportRowError> errors) {
            this.row = row;
            this.columns = columns;
            this.errors = errors;
        }

        int number() {
            return row.number();
        }

        String raw(Column column) {
            for (int index : columns.getOrDefault(column, List.of())) {
                if (!row.cell(index).isEmpty()) {
                    return row.cell(index);
                }
            }
            return "";
        }

        void error(Column column, Message message) {
            errors.add(new ImportRowError(row.number(), column.key, message));
        }

        String text(Column column, int max) {
            String text = raw(column);
            if (text.length() > max) {
                error(column, Message.of(OrderImportMessage.IMPORT_AT_MOST_CHARACTERS, "max", max));
                return text.substring(0, max);
            }
            return text;
        }

        Integer quantity() {
            String text = WHOLE_WITH_ZERO_FRACTION.matcher(raw(Column.QUANTITY)).replaceFirst("$1");
            if (text.isEmpty()) {
                error(Column.QUANTITY, Message.of(ImportMessage.IMPORT_REQUIRED));
                return null;
            }
            int quantity = WHOLE.matcher(text).matches() ? Integer.parseInt(text) : 0;
            if (quantity < 1 || quantity > 9999) {
                error(
                        Column.QUANTITY,
                        Message.of(OrderImportMessage.IMPORT_QUANTITY_INVALID, "value", raw(Column.QUANTITY)));
                return null;
            }
            return quantity;
        }

        /** An amount in CNY (a leading ¥ and thousands separators allowed); null when the cell is blank or bad. */
        Money amount(Column column) {
            String text = raw(column).replaceFirst("^[¥￥]", "").replace(",", "").strip();
            if (text.isEmpty()) {
                return null;
            }
            if (!AMOUNT.matcher(text).matches()) {
                error(column, Message.of(OrderImportMessage.IMPORT_AMOUNT_INVALID, "value", raw(column)));
                return null;
            }
            return Money.of(new BigDecimal(text));
        }

        /**
         * A time in China ({@code yyyy-MM-dd HH:mm:ss}; {@code /} for {@code -}, no seconds, a {@code T} or a date alone
         * accepted); null when the cell is blank or bad.
         */
        Instant time(Column column) {
            String text = raw(column);
            if (text.isEmpty()) {
                return null;
            }
            String clean = text.replace('/', '-').replace('T', ' ').replaceAll("\\s+", " ");
            try {
                if (clean.contains(" ")) {
                    return LocalDateTime.parse(clean, DATE_TIME).atZone(ZONE).toInstant();
                }
                return LocalDate.parse(clean, DATE).atStartOfDay(ZONE).toInstant();
            } catch (DateTimeParseException e) {
                error(column, Message.of(OrderImportMessage.IMPORT_TIME_INVALID, "value", text));
                return null;
            }
        }

        /** The order's state on the channel: paid (shippable) or cancelled; blank means paid. */
        ChannelOrder.Status status() {
            String text = raw(Column.STATUS);
            String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
            return switch (key) {
                case "",
                        "已付款",
                        "买家已付款",
                        "已支付",
                        "付款成功",
                        "等待卖家发货",
                        "买家已付款，等待卖家发货",
                        "待发货",
                        "等待出库",
                        "paid",
                        "waitsellersendgoods",
                        "waitsellerstockout" -> ChannelOrder.Status.PAID;
                case "交易关闭",
                        "已关闭",
                        "已取消",
                        "取消",
                        "订单取消",
                        "交易取消",
                        "cancelled",
                        "canceled",
                        "closed",
                        "tradeclosed",
                        "tradeclosedbytaobao",
                        "tradecanceled" -> ChannelOrder.Status.CANCELLED;
                default -> {
                    error(Column.STATUS, Message.of(OrderImportMessage.IMPORT_STATUS_INVALID, "value", text));
                    yield null;
                }
            };
        }
    }

    /**
     * The rows of one order number: order-level cells (buyer, address, shipping fee, times, status, message) may repeat
     * on each line or appear once; differing values are an error.
     */
    private static final class Draft {

        /** The cells that describe the order rather than the line; they may repeat on each of its rows. */
        private static final List<Column> ORDER_LEVEL = List.of(
                Column.BUYER_NICK,
                Column.RECEIVER,
                Column.PHONE,
                Column.PROVINCE,
                Column.CITY,
                Column.DISTRICT,
                Column.ADDRESS,
                Column.SHIPPING_FEE,
                Column.ORDERED_AT,
                Column.PAID_AT,
                Column.STATUS,
                Column.BUYER_MESSAGE);

        private final Map<Column, String> orderCells = new EnumMap<>(Column.class);
        private final Map<Column, Integer> orderCellRows = new EnumMap<>(Column.class);
        private final List<ChannelOrder.Line> lines = new ArrayList<>();
        private Money shippingFee;
        private Instant orderedAt;
        private Instant paidAt;
        private ChannelOrder.Status status;

        /** Adds one row: its order-level cells, then its line. */
        void add(Cells cells) {
            checkRepeatedOrderCells(cells);
            takeOrderValues(cells);
            addLine(cells);
        }

        /** An order-level cell given on several rows must say the same on each. */
        private void checkRepeatedOrderCells(Cells cells) {
            for (Column column : ORDER_LEVEL) {
                String value = cells.raw(column);
                if (value.isEmpty()) {
                    continue;
                }
                String before = orderCells.putIfAbsent(column, value);
                if (before == null) {
                    orderCellRows.put(column, cells.number());
                } else if (!before.equals(value)) {
                    cells.error(
                            column,
                            Message.of(
                                    OrderImportMessage.IMPORT_DIFFERS_FROM_ORDER_ROW,
                                    "row",
                                    orderCellRows.get(column)));
                }
            }
        }

        /** Parses the order-level cells of the row (the first value given counts) and checks their lengths. */
        private void takeOrderValues(Cells cells) {
            Money fee = cells.amount(Column.SHIPPING_FEE);
            shippingFee = shippingFee == null ? fee : shippingFee;
            Instant ordered = cells.time(Column.ORDERED_AT);
            orderedAt = orderedAt == null ? ordered : orderedAt;
            Instant paid = cells.time(Column.PAID_AT);
            paidAt = paidAt == null ? paid : paidAt;
            ChannelOrder.Status rowStatus = cells.status();
            if (!cells.raw(Column.STATUS).isEmpty() && status == null) {
                status = rowStatus;
            }
            cells.text(Column.BUYER_NICK, 100);
            cells.text(Column.RECEIVER, 100);
            cells.text(Column.PHONE, 32);
            cells.text(Column.PROVINCE, 50);
            cells.text(Column.CITY, 50);
            cells.text(Column.DISTRICT, 50);
            cells.text(Column.ADDRESS, 300);
            cells.text(Column.BUYER_MESSAGE, 500);
        }

        /** The row's order line, when its SKU and quantity are valid and the order has room for it. */
        private void addLine(Cells cells) {
            String sku = cells.text(Column.SKU_CODE, 64);
            if (sku.isEmpty()) {
                cells.error(Column.SKU_CODE, Message.of(ImportMessage.IMPORT_REQUIRED));
            }
            String title = cells.text(Column.TITLE, 200);
            Integer quantity = cells.quantity();
            Money unitPrice = cells.amount(Column.UNIT_PRICE);
            Money discount = cells.amount(Column.DISCOUNT);
            if (lines.size() == MAX_LINES_PER_ORDER) {
                cells.error(
                        Column.ORDER_NO,
                        Message.of(OrderImportMessage.IMPORT_TOO_MANY_LINES, "max", MAX_LINES_PER_ORDER));
                return;
            }
            if (quantity != null && !sku.isEmpty()) {
                Money amount = null;
                if (unitPrice != null) {
                    amount = unitPrice
                            .times(BigDecimal.valueOf(quantity))
                            .minus(discount == null ? Money.ZERO : discount);
                    if (amount.isNegative()) {
                        cells.error(Column.DISCOUNT, Message.of(OrderImportMessage.IMPORT_DISCOUNT_ABOVE_AMOUNT));
                    }
                }
                lines.add(new ChannelOrder.Line(
                        sku, null, title.isEmpty() ? null : title, quantity, unitPrice, discount, amount));
            }
        }

        ChannelOrder toChannelOrder(String channel, String orderNo) {
            var buyer = new ChannelOrder.Buyer(
                    blankToNull(orderCells.get(Column.BUYER_NICK)),
                    blankToNull(orderCells.get(Column.RECEIVER)),
                    blankToNull(orderCells.get(Column.PHONE)));
            var address = new ChannelOrder.Address(
                    blankToNull(orderCells.get(Column.PROVINCE)),
                    blankToNull(orderCells.get(Column.CITY)),
                    blankToNull(orderCells.get(Column.DISTRICT)),
                    blankToNull(orderCells.get(Column.ADDRESS)));
            return new ChannelOrder(
                    channel,
                    orderNo,
                    status == null ? ChannelOrder.Status.PAID : status,
                    orderedAt,
                    paidAt,
                    buyer,
                    address,
                    lines,
                    shippingFee,
                    null,
                    null,
                    blankToNull(orderCells.get(Column.BUYER_MESSAGE)));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }
}
