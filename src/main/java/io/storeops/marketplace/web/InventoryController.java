package io.storeops.marketplace.web;

import io.storeops.marketplace.ListingStock;
import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.MarketplaceException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated marketplace's listing-stock API. Bodies are read raw because the signature covers the exact bytes.
 */
@RestController
@RequestMapping("/sim/{shop}/api/v1/inventory")
@ConditionalOnMarketplaceEnabled
class InventoryController {

    static final int MAX_ITEMS = 500;
    static final int MAX_PAGE_SIZE = 1000;

    private final SignedCalls calls;
    private final JsonMapper json;

    InventoryController(SignedCalls calls, JsonMapper json) {
        this.calls = calls;
        this.json = json;
    }

    @PutMapping
    PushResponse push(
            @PathVariable String shop, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        return calls.call(shop, request, body, simulated -> {
            var items = parse(body);
            var results = new ArrayList<ItemResult>(items.size());
            for (var item : items) {
                var result = simulated.stock().apply(item.skuCode(), item.quantity(), item.sequence());
                results.add(new ItemResult(
                        item.skuCode(),
                        result.applied() ? "applied" : "stale",
                        result.current().quantity(),
                        result.current().sequence()));
            }
            return new PushResponse(results);
        });
    }

    @GetMapping
    StockResponse read(@PathVariable String shop, @RequestParam String skuCodes, HttpServletRequest request) {
        return calls.call(shop, request, null, simulated -> {
            var requested = new LinkedHashSet<>(Arrays.stream(skuCodes.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList());
            if (requested.isEmpty() || requested.size() > MAX_ITEMS) {
                throw MarketplaceException.badRequest("skuCodes must name 1 to " + MAX_ITEMS + " SKUs");
            }
            var found = simulated.stock().find(requested);
            var unknown = new ArrayList<>(requested);
            found.forEach(s -> unknown.remove(s.skuCode()));
            return new StockResponse(found, unknown);
        });
    }

    @GetMapping("/all")
    StockPage all(
            @PathVariable String shop,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            HttpServletRequest request) {
        return calls.call(shop, request, null, simulated -> {
            if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
                throw MarketplaceException.badRequest("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
            }
            return new StockPage(
                    simulated.stock().page(page, size),
                    page,
                    size,
                    simulated.stock().size());
        });
    }

    private List<PushItem> parse(byte[] body) {
        PushRequest request;
        try {
            request = body == null || body.length == 0 ? null : json.readValue(body, PushRequest.class);
        } catch (JacksonException e) {
            throw MarketplaceException.badRequest("Body must be {\"items\":[{\"skuCode\",\"quantity\",\"sequence\"}]}");
        }
        if (request == null
                || request.items() == null
                || request.items().isEmpty()
                || request.items().size() > MAX_ITEMS) {
            throw MarketplaceException.badRequest("items must hold 1 to " + MAX_ITEMS + " entries");
        }
        for (int i = 0; i < request.items().size(); i++) {
            var item = request.items().get(i);
            if (item == null
                    || item.skuCode() == null
                    || item.skuCode().isBlank()
                    || item.skuCode().length() > 64) {
                throw MarketplaceException.badRequest("items[" + i + "].skuCode must be 1 to 64 characters");
            }
            if (item.quantity() == null || item.quantity() < 0) {
                throw MarketplaceException.badRequest("items[" + i + "].quantity must be >= 0");
            }
            if (item.sequence() == null || item.sequence() < 0) {
                throw MarketplaceException.badRequest("items[" + i + "].sequence must be >= 0");
            }
        }
        return request.items();
    }

    record PushRequest(List<PushItem> items) {}

    record PushItem(String skuCode, Long quantity, Long sequence) {}

    record PushResponse(List<ItemResult> results) {}

    /** {@code status} is {@code applied} or {@code stale}; quantity and sequence are what the shop now holds. */
    record ItemResult(String skuCode, String status, long quantity, long sequence) {}

    record StockResponse(List<ListingStock> items, List<String> unknown) {}

    record StockPage(List<ListingStock> items, int page, int size, int total) {}
}
