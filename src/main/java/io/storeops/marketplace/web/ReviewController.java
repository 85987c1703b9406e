package io.storeops.marketplace.web;

import io.storeops.marketplace.MarketplaceReview;
import io.storeops.marketplace.ReviewRequest;
import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.FeedPage;
import io.storeops.marketplace.internal.MarketplaceException;
import io.storeops.marketplace.web.MarketplaceViews.ReviewPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews: the marketplace's review feed API ({@code GET /api/v1/reviews}) and the simulator's buyer side
 * ({@code POST /buyer/reviews}, a signed admin endpoint without limits or faults).
 */
@RestController
@RequestMapping("/sim/{shop}")
@ConditionalOnMarketplaceEnabled
class ReviewController {

    private final SignedCalls calls;
    private final JsonMapper json;

    ReviewController(SignedCalls calls, JsonMapper json) {
        this.calls = calls;
        this.json = json;
    }

    /** Reviews created after {@code cursor}, in creation order. */
    @GetMapping("/api/v1/reviews")
    ReviewPage feed(
            @PathVariable String shop,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        return calls.call(
                shop,
                request,
                null,
                simulated -> ReviewPage.of(simulated
                        .reviews()
                        .page(
                                JsonBodies.cursor(cursor),
                                JsonBodies.limit(limit, FeedPage.DEFAULT_LIMIT, FeedPage.MAX_LIMIT))));
    }

    @PostMapping("/buyer/reviews")
    ResponseEntity<MarketplaceReview> post(
            @PathVariable String shop, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        var simulated = calls.authenticate(shop, request, body);
        var posted = JsonBodies.read(json, body, PostReview.class, "{\"orderId\",\"skuCode\",\"rating\",\"content\"}");
        if (posted.rating() == null) {
            throw MarketplaceException.badRequest("rating must be between 1 and 5");
        }
        var review = simulated.postReview(
                new ReviewRequest(posted.orderId(), posted.skuCode(), posted.rating(), posted.content()));
        return ResponseEntity.status(HttpStatus.CREATED).body(review);
    }

    record PostReview(String orderId, String skuCode, Integer rating, String content) {}
}
