package io.storeops.marketplace.web;

import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceShipment;
import io.storeops.marketplace.OrderRequest;
import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.FeedPage;
import io.storeops.marketplace.internal.MarketplaceException;
import io.storeops.marketplace.web.MarketplaceViews.OrderPage;
import io.storeops.marketplace.web.MarketplaceViews.OrderView;
import io.storeops.marketplace.web.MarketplaceViews.RefundView;
import io.storeops.marketplace.web.MarketplaceViews.ShipmentView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders: the marketplace's order API — the order feed ({@code GET /api/v1/orders}), shipments
 * ({@code POST /api/v1/orders/{orderId}/shipments}) and refunds ({@code POST /api/v1/orders/{orderId}/refunds}), rate
 * limited and faulty like every API call — and the simulator's buyer side ({@code /buyer/orders}, signed admin endpoints without limits or faults) to place and
 * cancel orders.
 */
@RestController
@RequestMapping("/sim/{shop}")
@ConditionalOnMarketplaceEnabled
class OrderController {

    private final SignedCalls calls;
    private final JsonMapper json;

    OrderController(SignedCalls calls, JsonMapper json) {
        this.calls = calls;
        this.json = json;
    }

    /** Orders created or cancelled after {@code cursor}, in change order. */
    @GetMapping("/api/v1/orders")
    OrderPage feed(
            @PathVariable String shop,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        return calls.call(
                shop,
                request,
                null,
                simulated -> OrderPage.of(simulated
                        .orders()
                        .page(
                                JsonBodies.cursor(cursor),
                                JsonBodies.limit(limit, FeedPage.DEFAULT_LIMIT, FeedPage.MAX_LIMIT))));
    }

    /**
     * The merchant ships (part of) an order: 201 with the shipment, 200 with the stored one when {@code shipmentId} was
     * used before for this order.
     */
    @PostMapping("/api/v1/orders/{orderId}/shipments")
    ResponseEntity<ShipmentView> ship(
            @PathVariable String shop,
            @PathVariable String orderId,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        return calls.call(shop, request, body, simulated -> {
            var shipment = JsonBodies.read(
                    json,
                    body,
                    Ship.class,
                    "{\"shipmentId\",\"carrier\",\"trackingNo\",\"lines\":[{\"skuCode\",\"quantity\"}]}");
            var lines = new ArrayList<MarketplaceShipment.Line>();
            if (shipment.lines() != null) {
                for (int i = 0; i < shipment.lines().size(); i++) {
                    var line = shipment.lines().get(i);
                    if (line == null || line.quantity() == null) {
                        throw MarketplaceException.badRequest("lines[" + i + "].quantity is required");
                    }
                    lines.add(new MarketplaceShipment.Line(line.skuCode(), line.quantity()));
                }
            }
            var shipped =
                    simulated.ship(orderId, shipment.shipmentId(), shipment.carrier(), shipment.trackingNo(), lines);
            return ResponseEntity.status(shipped.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(ShipmentView.of(shipped.shipment()));
        });
    }

    /**
     * The merchant refunds (part of) what the buyer paid: 201 with the refund, 200 with the stored one when
     * {@code refundId} was used before for this order.
     */
    @PostMapping("/api/v1/orders/{orderId}/refunds")
    ResponseEntity<RefundView> refund(
            @PathVariable String shop,
            @PathVariable String orderId,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        return calls.call(shop, request, body, simulated -> {
            var refund = JsonBodies.read(json, body, Refund.class, "{\"refundId\",\"amount\",\"reason\"?}");
            var refunded = simulated.refund(
                    orderId, refund.refundId(), JsonBodies.money(refund.amount(), "amount"), refund.reason());
            return ResponseEntity.status(refunded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(RefundView.of(refunded.refund()));
        });
    }

    @PostMapping("/buyer/orders")
    ResponseEntity<OrderView> place(
            @PathVariable String shop, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        var simulated = calls.authenticate(shop, request, body);
        var order = simulated.placeOrder(parse(body));
        return ResponseEntity.status(HttpStatus.CREATED).body(OrderView.of(order));
    }

    @PostMapping("/buyer/orders/{orderId}/cancel")
    OrderView cancel(
            @PathVariable String shop,
            @PathVariable String orderId,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        var simulated = calls.authenticate(shop, request, body);
        return OrderView.of(simulated.orders().cancel(orderId));
    }

    private OrderRequest parse(byte[] body) {
        var placed = JsonBodies.read(
                json,
                body,
                PlaceOrder.class,
                "{\"lines\":[{\"skuCode\",\"quantity\",\"unitPrice\"?}],\"buyer\"?,\"address\"?,\"buyerMessage\"?}");
        if (placed.lines() == null) {
            throw MarketplaceException.badRequest("lines must hold 1 to 50 entries");
        }
        var lines = new ArrayList<OrderRequest.Line>(placed.lines().size());
        for (int i = 0; i < placed.lines().size(); i++) {
            var line = placed.lines().get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                throw MarketplaceException.badRequest(at + " is required");
            }
            if (line.quantity() == null) {
                throw MarketplaceException.badRequest(at + ".quantity is required");
            }
            lines.add(new OrderRequest.Line(
                    line.skuCode(),
                    line.quantity(),
                    JsonBodies.money(line.unitPrice(), at + ".unitPrice"),
                    JsonBodies.money(line.discount(), at + ".discount")));
        }
        MarketplaceOrder.PaymentMethod payment = null;
        if (placed.paymentMethod() != null) {
            try {
                payment = MarketplaceOrder.PaymentMethod.valueOf(placed.paymentMethod());
            } catch (IllegalArgumentException e) {
                throw MarketplaceException.badRequest("paymentMethod must be ALIPAY, WECHAT or CARD");
            }
        }
        return new OrderRequest(
                lines,
                placed.buyer(),
                placed.address(),
                placed.buyerMessage(),
                JsonBodies.money(placed.shippingFee(), "shippingFee"),
                payment);
    }

    /** The buyer's order; amounts may be JSON strings or numbers. */
    record PlaceOrder(
            List<PlaceLine> lines,
            MarketplaceOrder.Buyer buyer,
            MarketplaceOrder.Address address,
            String buyerMessage,
            JsonNode shippingFee,
            String paymentMethod) {}

    record PlaceLine(String skuCode, Integer quantity, JsonNode unitPrice, JsonNode discount) {}

    /** A shipment; no lines means everything not shipped yet. */
    record Ship(String shipmentId, String carrier, String trackingNo, List<ShipLine> lines) {}

    record ShipLine(String skuCode, Integer quantity) {}

    /** A refund; the amount may be a JSON string or number. */
    record Refund(String refundId, JsonNode amount, String reason) {}
}
