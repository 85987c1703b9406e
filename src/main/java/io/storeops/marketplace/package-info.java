/**
 * Simulated marketplace (F3.2): an in-memory stand-in for a Tmall/JD/Douyin open platform, reached only over HTTP under
 * {@code /sim/{shop}/api/v1/...} with per-shop app keys, HMAC-SHA256 request signatures, a per-shop rate limit and
 * faults injectable at runtime (errors, latency, timeouts, dropped responses). StoreOps's channel adapters talk to it
 * exactly as to a real marketplace, so no other module may depend on it. Everything lives in memory, is thread-safe
 * and is lost on restart.
 *
 * <p>Money is written as decimal strings with two decimals ({@code "129.00"}), times as ISO-8601 instants. The API
 * (every call signed, rate limited and subject to injected faults):
 *
 * <ul>
 *   <li>Listing stock: {@code PUT /inventory} pushes {@code {"items":[{"skuCode","quantity","sequence"}]}} (applied
 *       only when the sequence is higher than the one held), {@code GET /inventory?skuCodes=a,b} reads it back,
 *       {@code GET /inventory/all?page=&size=} pages everything for reconciliation.
 *   <li>Items (listings): {@code PUT /items} pushes {@code {"items":[{"itemCode","title","price","status","skuCodes",
 *       "sequence"}]}} (1..200 items, status {@code ONSALE} or {@code OFFSHELF}, price a string or number with at most
 *       two decimals) with the same sequence rule and answers {@code {"results":[{"itemCode","status":"applied"|"stale",
 *       "sequence"}]}}; {@code GET /items?itemCodes=a,b} answers {@code {"items":[…],"unknown":[…]}}.
 *   <li>Orders: {@code GET /orders?cursor=&limit=} (cursor default 0, limit 1..100, default 50) is the order feed —
 *       orders whose {@code changeSeq} is above the cursor, in {@code changeSeq} order, as
 *       {@code {"orders":[…],"nextCursor":"<changeSeq of the last, or the cursor>","hasMore"}}. Every creation and
 *       cancellation gives the order a new, strictly increasing {@code changeSeq}, so a cancelled order reappears.
 *       Order ids are the shop code's first part in upper case, the date in Asia/Shanghai and a 6-digit counter, e.g.
 *       {@code TMALL20261125000042}. A line's {@code amount} is {@code unitPrice × quantity − discount}; the order's
 *       {@code totalAmount} is the sum of the amounts plus {@code shippingFee}. Placing an order takes its stock off
 *       the listing stock (all lines or none, the push sequence untouched); cancelling gives it back. An order's
 *       {@code status} is {@code PAID}, {@code CANCELLED}, {@code PARTIALLY_SHIPPED} or {@code SHIPPED}; its
 *       {@code refunds} list {@code [{"refundId","amount","refundedAt"}]}. Shipments and refunds give the order a new
 *       {@code changeSeq} too.
 *   <li>Shipments: {@code POST /orders/{orderId}/shipments} with {@code {"shipmentId","carrier","trackingNo",
 *       "lines":[{"skuCode","quantity"}]}} (carrier {@code SF}, {@code ZTO}, {@code YTO}, {@code STO}, {@code YUNDA},
 *       {@code JD} or {@code EMS}; tracking number 6 to 40 letters, digits or {@code -}; no lines = everything not
 *       shipped yet) answers 201 {@code {"shipmentId","orderId","carrier","trackingNo","lines","acceptedAt"}}. The same
 *       {@code shipmentId} again answers 200 with the stored shipment (nothing shipped twice). 404 {@code unknown-order};
 *       409 {@code order-cancelled}, {@code exceeds-unshipped} (more than the order has left to ship),
 *       {@code shipment-id-taken} (the id belongs to another order's shipment) or {@code tracking-no-taken}. The order
 *       becomes {@code PARTIALLY_SHIPPED}, then {@code SHIPPED} once every line is shipped; a shipped order can no
 *       longer be cancelled by the buyer (409 {@code already-shipped}).
 *   <li>Refunds: {@code POST /orders/{orderId}/refunds} with {@code {"refundId","amount","reason"?}} (amount &gt; 0, at
 *       most two decimals) answers 201 {@code {"refundId","orderId","amount","status":"REFUNDED","reason",
 *       "refundedAt"}}, the same {@code refundId} again 200 with the stored refund. 404 {@code unknown-order}; 409
 *       {@code refund-exceeds-paid} (more than the total less earlier refunds), {@code order-cancelled} or
 *       {@code refund-id-taken}.
 *   <li>Logistics: {@code GET /logistics/events?cursor=&limit=} pages the carriers' tracking feed like the order feed,
 *       as {@code {"events":[{"eventId","trackingNo","carrier","orderId","status","location","description",
 *       "occurredAt","changeSeq"}],"nextCursor","hasMore"}}. Every accepted shipment becomes a parcel that is scanned
 *       {@code ACCEPTED} (揽收) at once, then {@code IN_TRANSIT} 2 to 4 times through real transfer centres, then
 *       {@code OUT_FOR_DELIVERY} and {@code DELIVERED} in the buyer's city, one scan every {@code logistics-step-seconds}
 *       (shop property, default 20); descriptions are Chinese, e.g. {@code 快件已到达【杭州转运中心】}. A share of parcels
 *       ({@code stall-probability}, default 0.05) gets stuck after a transit scan and is scanned no more.
 *   <li>Reviews: {@code GET /reviews?cursor=&limit=} pages the review feed like the order feed, as
 *       {@code {"reviews":[…],"nextCursor","hasMore"}}.
 * </ul>
 *
 * <p>The simulator's own endpoints, signed like the API but neither rate limited nor faulty: {@code /sim/{shop}/faults}
 * (read, replace, clear injected faults), and the buyer side — {@code POST /sim/{shop}/buyer/orders} places an order
 * ({@code {"lines":[{"skuCode","quantity","unitPrice"?}],"buyer"?,"address"?,"buyerMessage"?}} → 201; 409
 * {@code insufficient-stock} when a SKU's listing lacks stock), {@code POST /sim/{shop}/buyer/orders/{orderId}/cancel}
 * cancels one (404 unknown, 409 already cancelled), {@code POST /sim/{shop}/buyer/reviews}
 * ({@code {"orderId","skuCode","rating","content"}} → 201) reviews one. A line's price is the ONSALE item's listing
 * that SKU, else the price given, else 99.00.
 *
 * <p>Simulated buyers: a shop with {@code order-rate-per-minute} (demo shops: {@code STOREOPS_MARKETPLACE_ORDER_RATE},
 * default 2) places random orders against the stock it holds on its own, with made-up Chinese buyers and addresses,
 * and reviews a share of them ({@code review-probability}, default 0.3) with texts from
 * {@code marketplace/review-samples.tsv}. {@code storeops.marketplace.seed} makes them reproducible. Tests and the demo
 * drive all of this through {@link io.storeops.marketplace.SimulatedMarketplace}, which can also move a parcel on at
 * once ({@code advanceParcel}, {@code deliverParcel}) or make it stall ({@code stallParcel}).
 *
 * <p>Not simulated yet: after-sales (returns, buyer refund requests), price-only updates.
 */
@ApplicationModule(displayName = "Simulated marketplace", allowedDependencies = "shared")
@NullMarked
package io.storeops.marketplace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
