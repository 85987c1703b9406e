package io.storeops.marketplace.internal;

import io.storeops.marketplace.Faults;
import io.storeops.marketplace.ShopCredentials;
import java.time.Clock;
import java.util.function.LongSupplier;

/** One merchant shop on the simulated platform: its credentials, rate limit, injected faults and listing stock. */
public final class SimulatedShop {

    private final ShopCredentials credentials;
    private final TokenBucket rateLimit;
    private final FaultDice faults = new FaultDice();
    private final StockBook stock;

    SimulatedShop(ShopCredentials credentials, int rateLimitPerSecond, Clock clock, LongSupplier nanoTime) {
        this.credentials = credentials;
        this.rateLimit = new TokenBucket(rateLimitPerSecond, nanoTime);
        this.stock = new StockBook(clock);
    }

    public ShopCredentials credentials() {
        return credentials;
    }

    /**
     * Admits one API call against the rate limit and picks its faults.
     *
     * @throws MarketplaceException 429 with the seconds to wait when the shop's limit is exhausted
     */
    public FaultPlan admit() {
        long waitNanos = rateLimit.tryAcquire();
        if (waitNanos > 0) {
            throw MarketplaceException.throttled(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
        return faults.roll();
    }

    public Faults faults() {
        return faults.faults();
    }

    public void injectFaults(Faults injected) {
        faults.set(injected);
    }

    public StockBook stock() {
        return stock;
    }
}
