package io.storeops.marketplace;

import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.ShopRegistry;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Java handle on the simulated marketplace for tests and demo wiring: read a shop's credentials, inject or clear
 * faults, look at the stock the marketplace believes. Clients of the marketplace itself must use its HTTP API. All
 * state lives in memory and is lost on restart — this is a simulator, not a store.
 */
@Service
@ConditionalOnMarketplaceEnabled
public class SimulatedMarketplace {

    private final ShopRegistry shops;

    SimulatedMarketplace(ShopRegistry shops) {
        this.shops = shops;
    }

    public Set<String> shops() {
        return shops.codes();
    }

    /** The app key and secret of a shop, e.g. to configure a channel adapter in a test. */
    public ShopCredentials credentials(String shop) {
        return shops.require(shop).credentials();
    }

    public Faults faults(String shop) {
        return shops.require(shop).faults();
    }

    /** Replaces the shop's faults; a seed in {@code faults} restarts its reproducible fault sequence. */
    public void injectFaults(String shop, Faults faults) {
        shops.require(shop).injectFaults(faults);
    }

    public void clearFaults(String shop) {
        injectFaults(shop, Faults.NONE);
    }

    /** The stock the marketplace believes the shop's listing of {@code skuCode} has, if it ever received a push. */
    public Optional<ListingStock> stock(String shop, String skuCode) {
        return shops.require(shop).stock().find(skuCode);
    }
}
