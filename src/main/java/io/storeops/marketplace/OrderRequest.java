package io.storeops.marketplace;

import java.math.BigDecimal;
import java.util.List;

/**
 * A buyer placing an order on the simulated marketplace. Only {@code lines} are required: a missing buyer or address
 * is made up, a missing unit price comes from the ONSALE item listing the SKU (else 99.00). The extras
 * {@code shippingFee} (default 0.00), {@code paymentMethod} (default ALIPAY) and a line's {@code discount} (default
 * 0.00) are optional.
 */
public record OrderRequest(
        List<Line> lines,
        MarketplaceOrder.Buyer buyer,
        MarketplaceOrder.Address address,
        String buyerMessage,
        BigDecimal shippingFee,
        MarketplaceOrder.PaymentMethod paymentMethod) {

    /** An order of these lines with everything else left to the marketplace. */
    public static OrderRequest of(Line... lines) {
        return new OrderRequest(List.of(lines), null, null, null, null, null);
    }

    /** One line: {@code unitPrice} and {@code discount} may be {@code null}. */
    public record Line(String skuCode, int quantity, BigDecimal unitPrice, BigDecimal discount) {

        public static Line of(String skuCode, int quantity) {
            return new Line(skuCode, quantity, null, null);
        }
    }
}
