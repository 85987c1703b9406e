package io.storeops.promotions;

import io.storeops.orders.OrderBuyer;
import io.storeops.orders.OrderId;
import io.storeops.orders.OrderStatus;
import io.storeops.orders.Orders;
import io.storeops.promotions.internal.CouponRepository;
import io.storeops.promotions.internal.CouponRepository.ClaimSource;
import io.storeops.promotions.internal.CouponRepository.Template;
import io.storeops.shared.ConflictException;
import io.storeops.shared.PhoneNumber;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 下单返券: every active coupon template marked {@code autoIssueOnOrder} issues one coupon to the buyer of each new
 * order, within its total and per-customer limit (a limit of 1 makes it a first-order coupon). Buyers are identified
 * by their phone in E.164, as the orders module stores it and {@link CustomerId} reads a claimed phone, so a coupon
 * claimed as {@code 139 1234 5678} and one issued for an order of {@code +86 139-1234-5678} count against one limit; an
 * order without a valid phone (none, or masked by the marketplace) or cancelled on arrival earns nothing. The job reads
 * new orders after a cursor every few seconds, in batches, and moves the cursor in the same transaction as the coupons
 * it issued, so a crash neither loses nor doubles an issue. The cursor is a position in the order their transactions
 * finished ({@link Orders#buyersAfter}), not an order id: ids are taken before commit, and a cursor by id would pass
 * over an order whose batch commits after a later-numbered one. Orders placed before a template was activated earn
 * nothing from it: with no template active the cursor just moves on. Reading after the fact keeps the order path free
 * of it.
 */
@Component
class CouponAutoIssue {

    private static final int BATCH = 1000;
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final Orders orders;
    private final CouponRepository coupons;
    private final Coupons issuer;
    private final TransactionTemplate transactions;

    CouponAutoIssue(Orders orders, CouponRepository coupons, Coupons issuer, TransactionTemplate transactions) {
        this.orders = orders;
        this.coupons = coupons;
        this.issuer = issuer;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${storeops.promotions.auto-issue-interval-ms:3000}")
    void run() {
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            Integer read = transactions.execute(status -> issueOneBatch());
            if (read == null || read < BATCH) {
                return;
            }
        }
    }

    /** Issues for the next batch of orders; answers how many orders it read. */
    int issueOneBatch() {
        var cursor = coupons.lockAutoIssueCursor();
        List<OrderBuyer> batch = orders.buyersAfter(cursor.transaction(), new OrderId(cursor.orderId()), BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Template> templates = coupons.autoIssuedOnOrder();
        for (OrderBuyer order : batch) {
            var buyer = PhoneNumber.tryParse(order.buyerPhone());
            if (templates.isEmpty() || buyer.isEmpty() || order.status() == OrderStatus.CANCELLED) {
                continue;
            }
            for (Template template : templates) {
                try {
                    issuer.claimOne(template, buyer.get().e164(), ClaimSource.AUTO);
                } catch (ConflictException e) {
                    // limit reached or none left: this order earns no coupon of this template
                }
            }
        }
        var last = batch.getLast();
        coupons.moveAutoIssueCursor(new CouponRepository.AutoIssueCursor(
                last.transaction(), last.orderId().value()));
        return batch.size();
    }
}
