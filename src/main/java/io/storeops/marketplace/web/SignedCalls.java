package io.storeops.marketplace.web;

import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.FaultPlan;
import io.storeops.marketplace.internal.MarketplaceException;
import io.storeops.marketplace.internal.ShopRegistry;
import io.storeops.marketplace.internal.Signatures;
import io.storeops.marketplace.internal.SimulatedShop;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The simulator's request pipeline: find the shop, check its signature, then for API calls take a rate-limit token,
 * sleep and fail as the injected faults say, run the call, and drop the answer if told to.
 */
@Component
@ConditionalOnMarketplaceEnabled
class SignedCalls {

    static final String APP_KEY = "X-App-Key";
    static final String TIMESTAMP = "X-Timestamp";
    static final String SIGNATURE = "X-Signature";

    private final ShopRegistry shops;
    private final Clock clock = Clock.systemUTC();

    SignedCalls(ShopRegistry shops) {
        this.shops = shops;
    }

    /** Checks the signature only: for the simulator's own admin endpoints, which have neither limits nor faults. */
    SimulatedShop authenticate(String shopCode, HttpServletRequest request, byte[] body) {
        var shop = shops.find(shopCode)
                .orElseThrow(() -> MarketplaceException.of(404, "unknown-shop", "No shop " + shopCode));
        var credentials = shop.credentials();
        Signatures.verify(
                new Signatures.SignedRequest(
                        request.getMethod(),
                        request.getRequestURI(),
                        body,
                        request.getHeader(APP_KEY),
                        request.getHeader(TIMESTAMP),
                        request.getHeader(SIGNATURE)),
                credentials.appKey(),
                credentials.appSecret(),
                clock.instant());
        return shop;
    }

    /** Runs a marketplace API call as a real, rate-limited and (if so configured) unreliable platform would. */
    <T> T call(String shopCode, HttpServletRequest request, byte[] body, Function<SimulatedShop, T> action) {
        var shop = authenticate(shopCode, request, body);
        FaultPlan plan = shop.admit();
        sleep(plan.sleepMs());
        if (plan.failureStatus() == 503) {
            throw MarketplaceException.of(503, "service-unavailable", "Injected failure: service unavailable");
        }
        if (plan.failureStatus() != 0) {
            throw MarketplaceException.of(plan.failureStatus(), "internal-error", "Injected failure: internal error");
        }
        T result = action.apply(shop);
        if (plan.drop()) {
            throw MarketplaceException.droppedResponse();
        }
        return result;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MarketplaceException.of(503, "service-unavailable", "Interrupted while simulating latency");
        }
    }
}
