package io.storeops.marketplace.web;

import io.storeops.marketplace.MarketplaceItem;
import io.storeops.marketplace.internal.Amounts;
import io.storeops.marketplace.internal.ConditionalOnMarketplaceEnabled;
import io.storeops.marketplace.internal.MarketplaceException;
import io.storeops.marketplace.web.MarketplaceViews.ItemView;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated marketplace's item (listing) API: push title, price, status and SKUs with per-item sequence numbers,
 * read them back. Bodies are read raw because the signature covers the exact bytes.
 */
@RestController
@RequestMapping("/sim/{shop}/api/v1/items")
@ConditionalOnMarketplaceEnabled
class ItemController {

    static final int MAX_ITEMS = 200;
    static final int MAX_SKUS = 100;

    private final SignedCalls calls;
    private final JsonMapper json;

    ItemController(SignedCalls calls, JsonMapper json) {
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
                var result = simulated
                        .items()
                        .apply(
                                item.itemCode(),
                                item.title(),
                                item.price(),
                                item.status(),
                                item.skuCodes(),
                                item.sequence());
                results.add(new ItemResult(
                        item.itemCode(),
                        result.applied() ? "applied" : "stale",
                        result.current().sequence()));
            }
            return new PushResponse(results);
        });
    }

    @GetMapping
    ItemsResponse read(@PathVariable String shop, @RequestParam String itemCodes, HttpServletRequest request) {
        return calls.call(shop, request, null, simulated -> {
            var requested = new LinkedHashSet<>(Arrays.stream(itemCodes.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList());
            if (requested.isEmpty() || requested.size() > MAX_ITEMS) {
                throw MarketplaceException.badRequest("itemCodes must name 1 to " + MAX_ITEMS + " items");
            }
            var found = simulated.items().find(requested);
            var unknown = new ArrayList<>(requested);
            found.forEach(item -> unknown.remove(item.itemCode()));
            return new ItemsResponse(found.stream().map(ItemView::of).toList(), unknown);
        });
    }

    private List<CheckedItem> parse(byte[] body) {
        var request = JsonBodies.read(
                json,
                body,
                PushRequest.class,
                "{\"items\":[{\"itemCode\",\"title\",\"price\",\"status\",\"skuCodes\",\"sequence\"}]}");
        if (request.items() == null
                || request.items().isEmpty()
                || request.items().size() > MAX_ITEMS) {
            throw MarketplaceException.badRequest("items must hold 1 to " + MAX_ITEMS + " entries");
        }
        var checked = new ArrayList<CheckedItem>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            var item = request.items().get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                throw MarketplaceException.badRequest(at + " is required");
            }
            if (item.itemCode() == null
                    || item.itemCode().isBlank()
                    || item.itemCode().length() > 64) {
                throw MarketplaceException.badRequest(at + ".itemCode must be 1 to 64 characters");
            }
            if (item.title() == null || item.title().isBlank() || item.title().length() > 200) {
                throw MarketplaceException.badRequest(at + ".title must be 1 to 200 characters");
            }
            BigDecimal price = Amounts.require(JsonBodies.money(item.price(), at + ".price"), at + ".price");
            MarketplaceItem.Status status;
            try {
                status = MarketplaceItem.Status.valueOf(item.status() == null ? "" : item.status());
            } catch (IllegalArgumentException e) {
                throw MarketplaceException.badRequest(at + ".status must be ONSALE or OFFSHELF");
            }
            var skuCodes = item.skuCodes() == null ? List.<String>of() : item.skuCodes();
            if (skuCodes.size() > MAX_SKUS) {
                throw MarketplaceException.badRequest(at + ".skuCodes must hold at most " + MAX_SKUS + " entries");
            }
            for (int j = 0; j < skuCodes.size(); j++) {
                String sku = skuCodes.get(j);
                if (sku == null || sku.isBlank() || sku.length() > 64) {
                    throw MarketplaceException.badRequest(at + ".skuCodes[" + j + "] must be 1 to 64 characters");
                }
            }
            if (item.sequence() == null || item.sequence() < 0) {
                throw MarketplaceException.badRequest(at + ".sequence must be >= 0");
            }
            checked.add(new CheckedItem(
                    item.itemCode(),
                    item.title(),
                    price,
                    status,
                    List.copyOf(new LinkedHashSet<>(skuCodes)),
                    item.sequence()));
        }
        return checked;
    }

    record PushRequest(List<PushItem> items) {}

    /** {@code price} may be a JSON string or number. */
    record PushItem(
            String itemCode, String title, JsonNode price, String status, List<String> skuCodes, Long sequence) {}

    private record CheckedItem(
            String itemCode,
            String title,
            BigDecimal price,
            MarketplaceItem.Status status,
            List<String> skuCodes,
            long sequence) {}

    record PushResponse(List<ItemResult> results) {}

    /** {@code status} is {@code applied} or {@code stale}; {@code sequence} is the one the shop now holds. */
    record ItemResult(String itemCode, String status, long sequence) {}

    record ItemsResponse(List<ItemView> items, List<String> unknown) {}
}
