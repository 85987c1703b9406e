package io.storeops.orders.web;

import io.storeops.channels.ChannelOrder;
import io.storeops.orders.OrderEvent;
import io.storeops.orders.OrderIngestion;
import io.storeops.orders.OrderMessage;
import io.storeops.orders.OrderQuery;
import io.storeops.orders.OrderStatus;
import io.storeops.orders.OrderSummary;
import io.storeops.orders.OrderView;
import io.storeops.orders.Orders;
import io.storeops.platform.CsvWriter;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.Money;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders")
class OrdersController {

    static final int MAX_BATCH = 1000;
    static final int MAX_EXPORT = 100_000;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final Orders orders;
    private final OrderIngestion ingestion;

    OrdersController(Orders orders, OrderIngestion ingestion) {
        this.orders = orders;
        this.ingestion = ingestion;
    }

    @GetMapping("/api/v1/orders")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(
            summary = "Orders filtered by status, channel, warehouse, date, held; q = order no., external id or phone")
    PageResult<OrderSummary> search(
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String warehouse,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "false") boolean held,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return orders.search(new OrderQuery(status, channel, warehouse, from, to, held, q, sort), page, size);
    }

    @GetMapping("/api/v1/orders/status-counts")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "How many orders are in each status")
    Map<String, Long> statusCounts() {
        return orders.countByStatus();
    }

    @GetMapping("/api/v1/orders/export")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "The filtered orders as CSV (UTF-8 with BOM), at most 100,000")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String warehouse,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "false") boolean held,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort) {
        var query = new OrderQuery(status, channel, warehouse, from, to, held, q, sort);
        var page = orders.search(query, 0, MAX_EXPORT);
        if (page.total() > MAX_EXPORT) {
            throw new FieldErrorException("from", Message.of(OrderMessage.EXPORT_TOO_LARGE));
        }
        var bytes = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(bytes)) {
            csv.row(List.of(
                    "订单号 order no.",
                    "渠道 channel",
                    "渠道单号 external id",
                    "状态 status",
                    "挂起原因 hold reasons",
                    "收货人 buyer",
                    "手机 phone",
                    "省 province",
                    "市 city",
                    "金额 total",
                    "件数 units",
                    "仓库 warehouses",
                    "下单时间 ordered at",
                    "最晚发货 ship by"));
            for (OrderSummary o : page.items()) {
                csv.row(List.of(
                        o.orderNo(),
                        o.channel(),
                        o.externalId(),
                        o.status().name(),
                        String.join(
                                "; ",
                                o.holdReasons().stream()
                                        .map(r -> r.code().name())
                                        .toList()),
                        nz(o.buyerName()),
                        nz(o.buyerPhone()),
                        nz(o.province()),
                        nz(o.city()),
                        o.total().amount().toPlainString(),
                        Integer.toString(o.units()),
                        nz(o.warehouses()),
                        o.orderedAt() == null ? "" : TIME.format(o.orderedAt()),
                        o.shipBy() == null ? "" : TIME.format(o.shipBy())));
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"orders.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(bytes.toByteArray());
    }

    @GetMapping("/api/v1/orders/{id}")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "One order with lines, reservations and hold reasons")
    OrderView get(@PathVariable long id) {
        return orders.get(id);
    }

    @GetMapping("/api/v1/orders/by-number/{orderNo}")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(summary = "One order by its StoreOps order number")
    OrderView byNumber(@PathVariable String orderNo) {
        return orders.getByNumber(orderNo);
    }

    @GetMapping("/api/v1/orders/{id}/timeline")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(
            summary = "Every step of the order, oldest first",
            description =
                    "Each step's summary is a message {code, args, message} (codes orders.TIMELINE_*; message is the"
                            + " text in the request's language); steps stored before codes existed are orders.LEGACY_TEXT {text}")
    List<OrderEvent> timeline(@PathVariable long id) {
        return orders.timeline(id);
    }

    @PostMapping("/api/v1/orders/{id}/approval")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Approve a held order: it is routed and reserved; 409 if it is not held")
    OrderView approve(@PathVariable long id, @Valid @RequestBody(required = false) Note body) {
        return orders.approve(id, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/orders/{id}/cancellation")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(summary = "Cancel an order that has not shipped; reserved stock is released; 409 otherwise")
    OrderView cancel(@PathVariable long id, @Valid @RequestBody(required = false) Note body) {
        return orders.cancel(id, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/orders/batch")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(
            summary = "Ingest up to 1,000 orders in one transaction (idempotent by channel + external id)",
            description = "Each order is reviewed, routed and reserved; answers per order CREATED (with its status),"
                    + " DUPLICATE or CANCELLED (a known order now cancelled, its stock released)")
    List<OrderIngestion.Result> batch(@Valid @RequestBody BatchBody body) {
        List<ChannelOrder> incoming = new ArrayList<>(body.orders().size());
        for (OrderBody o : body.orders()) {
            incoming.add(o.toChannelOrder());
        }
        return ingestion.ingest(incoming, "API");
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    record Note(@Size(max = 300) String note) {}

    record BatchBody(
            @NotNull @Size(min = 1, max = MAX_BATCH) List<@Valid @NotNull OrderBody> orders) {}

    record OrderBody(
            @NotBlank @Size(max = 32) String channel,
            @NotBlank @Size(max = 100) String externalId,
            ChannelOrder.Status status,
            Instant createdAt,
            Instant paidAt,
            ChannelOrder.Buyer buyer,
            ChannelOrder.Address address,
            @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull LineBody> lines,
            Money shippingFee,
            Money total,
            @Size(max = 16) String paymentMethod,
            @Size(max = 500) String buyerMessage) {

        ChannelOrder toChannelOrder() {
            return new ChannelOrder(
                    channel,
                    externalId,
                    status == null ? ChannelOrder.Status.PAID : status,
                    createdAt,
                    paidAt,
                    buyer,
                    address,
                    lines.stream().map(LineBody::toLine).toList(),
                    shippingFee,
                    total,
                    paymentMethod,
                    buyerMessage);
        }
    }

    record LineBody(
            @NotBlank @Size(max = 64) String skuCode,
            @Size(max = 64) String itemCode,
            @Size(max = 200) String title,
            @NotNull @Min(1) @Max(9999) Integer quantity,
            Money unitPrice,
            Money discount) {

        ChannelOrder.Line toLine() {
            Money amount = unitPrice == null
                    ? null
                    : unitPrice.times(BigDecimal.valueOf(quantity)).minus(discount == null ? Money.ZERO : discount);
            return new ChannelOrder.Line(skuCode, itemCode, title, quantity, unitPrice, discount, amount);
        }
    }
}
