package io.storeops.catalog;

import io.storeops.catalog.internal.CategoryRepository;
import io.storeops.catalog.internal.ChannelRepository;
import io.storeops.catalog.internal.ListingRepository;
import io.storeops.catalog.internal.ListingRepository.ListingRef;
import io.storeops.catalog.internal.ProductRepository;
import io.storeops.catalog.rules.ListingCandidate;
import io.storeops.catalog.rules.ListingEvaluator;
import io.storeops.catalog.rules.ListingEvaluator.Evaluation;
import io.storeops.shared.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Evaluates listings against their channel's rules and stores the score and violations with each listing. */
@Component
class ListingCompliance {

    private static final int CHUNK = 500;

    private final ListingEvaluator evaluator = new ListingEvaluator();
    private final ListingRepository listings;
    private final ProductRepository products;
    private final ChannelRepository channels;
    private final CategoryRepository categories;

    ListingCompliance(
            ListingRepository listings,
            ProductRepository products,
            ChannelRepository channels,
            CategoryRepository categories) {
        this.listings = listings;
        this.products = products;
        this.channels = channels;
        this.categories = categories;
    }

    Evaluation evaluate(ListingView listing, ProductDetails product, ChannelRules rules, List<String> required) {
        return evaluate(listing.title(), listing.price(), listing.images(), product, rules, required);
    }

    Evaluation evaluate(
            String title,
            Money price,
            List<String> images,
            ProductDetails product,
            ChannelRules rules,
            List<String> required) {
        var skus = product.skus().stream()
                .map(s -> new ListingCandidate.SkuFacts(s.skuCode(), s.attributes(), s.cost(), s.listPrice()))
                .toList();
        var candidate = new ListingCandidate(
                title, price, images, product.descriptionHtml(), product.attributes(), skus, required);
        return evaluator.evaluate(candidate, rules);
    }

    /** Evaluates one listing with fresh product and channel data, stores and returns the result. */
    Evaluation refresh(ListingView listing) {
        ProductDetails product = products.find(listing.productId()).orElseThrow();
        ChannelRules rules = channels.find(listing.channel()).orElseThrow().rules();
        Evaluation evaluation = evaluate(listing, product, rules, categories.requiredAttributes(product.categoryId()));
        listings.saveEvaluation(listing.id(), evaluation);
        return evaluation;
    }

    /**
     * Re-evaluates the given listings in chunks: listings and products are loaded
     * and evaluations stored in batches. Returns each listing with its new evaluation, in the order given.
     */
    List<Checked> refreshAll(List<ListingRef> refs) {
        Map<String, ChannelRules> rules =
                channels.findAll().stream().collect(Collectors.toMap(ChannelView::code, ChannelView::rules));
        Map<Long, List<String>> required = new HashMap<>();
        List<Checked> results = new ArrayList<>();
        for (int from = 0; from < refs.size(); from += CHUNK) {
            var chunk = refs.subList(from, Math.min(from + CHUNK, refs.size()));
            Map<Long, ProductDetails> productsById =
                    products
                            .findAll(chunk.stream()
                                    .map(ListingRef::productId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(ProductDetails::id, Function.identity()));
            Map<Long, ListingView> listingsById =
                    listings.findAll(chunk.stream().map(ListingRef::listingId).toList()).stream()
                            .collect(Collectors.toMap(ListingView::id, Function.identity()));
            Map<Long, Evaluation> evaluations = new HashMap<>();
            for (ListingRef ref : chunk) {
                ListingView listing = listingsById.get(ref.listingId());
                ProductDetails product = productsById.get(ref.productId());
                List<String> attributes =
                        required.computeIfAbsent(product.categoryId(), categories::requiredAttributes);
                Evaluation evaluation = evaluate(listing, product, rules.get(listing.channel()), attributes);
                evaluations.put(listing.id(), evaluation);
                results.add(new Checked(listing, evaluation));
            }
            listings.saveEvaluations(evaluations);
        }
        return results;
    }

    /** A listing with its fresh evaluation. */
    record Checked(ListingView listing, Evaluation evaluation) {}

    void refreshProduct(long productId) {
        listings.findByProduct(productId).forEach(this::refresh);
    }
}
