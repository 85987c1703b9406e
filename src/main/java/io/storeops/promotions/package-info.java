/**
 * Promotions and the price engine (F5.1–F5.3, F5.6): promotions of every type with their scope, window, priority and
 * exclusion group; coupons (templates, claims, redemption once); the price engine that prices a cart exactly and
 * explains it; price guardrails (floor = cost × (1 + minimum margin), approval below it, a preview of the lowest
 * reachable price of every SKU); campaigns with a calendar, a launch checklist and approval.
 */
@ApplicationModule(
        displayName = "Promotions",
        allowedDependencies = {"shared", "platform", "catalog", "inventory", "orders"})
@NullMarked
package io.storeops.promotions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
