package io.storeops.marketplace.web;

import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.FeedPage;
import io.storeops.marketplace.web.MarketplaceViews.TrackingPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The carriers' tracking feed of a shop's parcels ({@code GET /api/v1/logistics/events}), paged like the orders. */
@RestController
@RequestMapping("/sim/{shop}/api/v1/logistics")
@ConditionalOnMarketplaceEnabled
class LogisticsController {

    private final SignedCalls calls;

    LogisticsController(SignedCalls calls) {
        this.calls = calls;
    }

    /** Tracking events after {@code cursor}, in the order the carriers scanned them. */
    @GetMapping("/events")
    TrackingPage events(
            @PathVariable String shop,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        return calls.call(
                shop,
                request,
                null,
                simulated -> TrackingPage.of(simulated
                        .parcels()
                        .page(
                                JsonBodies.cursor(cursor),
                                JsonBodies.limit(limit, FeedPage.DEFAULT_LIMIT, FeedPage.MAX_LIMIT))));
    }
}
