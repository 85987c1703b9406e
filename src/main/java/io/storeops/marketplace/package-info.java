/**
 * Simulated marketplace (F3.2): an in-memory stand-in for a Tmall/JD/Douyin open platform, reached only over HTTP under
 * {@code /sim/{shop}/api/v1/...} with per-shop app keys, HMAC-SHA256 request signatures, a per-shop rate limit and
 * faults injectable at runtime (errors, latency, timeouts, dropped responses). StoreOps's channel adapters talk to it
 * exactly as to a real marketplace, so no other module may depend on it.
 *
 * <p>Simulated so far: listing stock (push with per-SKU sequence numbers, read back, paged reconciliation). Not
 * simulated yet: orders, prices, listings and reviews; those arrive with the issues that need them.
 */
@ApplicationModule(displayName = "Simulated marketplace", allowedDependencies = "shared")
package io.storeops.marketplace;

import org.springframework.modulith.ApplicationModule;
