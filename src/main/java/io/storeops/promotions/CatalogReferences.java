package io.storeops.promotions;

import io.storeops.catalog.Categories;
import io.storeops.catalog.CategoryNode;
import io.storeops.catalog.ChannelView;
import io.storeops.catalog.Channels;
import io.storeops.catalog.ProductCatalog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks that what a promotion, coupon template or campaign names exists in the catalog — scope SKUs, scope categories,
 * channels, the 满赠 gift SKU — so that a typo is a 400 naming the entry ({@code scope.skus[1]: no SKU 'X'}) instead of
 * a promotion that silently never applies.
 */
@Component
class CatalogReferences {

    private final ProductCatalog catalog;
    private final Categories categories;
    private final Channels channels;

    CatalogReferences(ProductCatalog catalog, Categories categories, Channels channels) {
        this.catalog = catalog;
        this.categories = categories;
        this.channels = channels;
    }

    /** Unknown SKUs, categories and channels of a scope, under {@code path} (e.g. {@code scope}). */
    List<FieldErrorException.Error> scope(ScopeSpec scope, String path) {
        List<FieldErrorException.Error> errors = new ArrayList<>();
        errors.addAll(skus(scope.skus(), path + ".skus"));
        if (!scope.categories().isEmpty()) {
            Set<String> known = new HashSet<>();
            categories.tree().forEach(node -> collectCodes(node, known));
            for (int i = 0; i < scope.categories().size(); i++) {
                String code = scope.categories().get(i);
                if (!known.contains(code)) {
                    errors.add(missing(path + ".categories[" + i + "]", PromotionsMessage.NO_CATEGORY, code));
                }
            }
        }
        errors.addAll(channels(scope.channels(), path + ".channels"));
        return errors;
    }

    /** Unknown channel codes of a list, under {@code path} (e.g. {@code channels}). */
    List<FieldErrorException.Error> channels(List<String> codes, String path) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        channels.list().stream().map(ChannelView::code).forEach(known::add);
        List<FieldErrorException.Error> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                errors.add(missing(path + "[" + i + "]", PromotionsMessage.NO_CHANNEL, codes.get(i)));
            }
        }
        return errors;
    }

    /** The SKU, when the catalog does not have it, as an error of {@code field} (e.g. {@code rule.giftSku}). */
    List<FieldErrorException.Error> sku(String code, String field) {
        if (code == null || !catalog.existingSkuCodes(List.of(code)).isEmpty()) {
            return List.of();
        }
        return List.of(missing(field, PromotionsMessage.NO_SKU, code));
    }

    private List<FieldErrorException.Error> skus(List<String> codes, String path) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = catalog.existingSkuCodes(codes);
        List<FieldErrorException.Error> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                errors.add(missing(path + "[" + i + "]", PromotionsMessage.NO_SKU, codes.get(i)));
            }
        }
        return errors;
    }

    private static void collectCodes(CategoryNode node, Set<String> codes) {
        codes.add(node.code());
        node.children().forEach(child -> collectCodes(child, codes));
    }

    private static FieldErrorException.Error missing(String field, PromotionsMessage kind, String code) {
        return new FieldErrorException.Error(field, Message.of(kind, "code", code));
    }
}
