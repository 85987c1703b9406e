package io.storeops.catalog;

import io.storeops.catalog.internal.BrandRepository;
import io.storeops.catalog.internal.CategoryRepository;
import io.storeops.catalog.internal.ProductRepository;
import io.storeops.catalog.internal.ProductRepository.NewProduct;
import io.storeops.platform.Access;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.platform.Permissions;
import io.storeops.shared.ConflictException;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.PageResult;
import io.storeops.shared.ResourceKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product catalog: create, revise, delete and find products with their SKUs. Descriptions are sanitised on the
 * way in; every change is audited; changing a price needs the {@code price:write} permission.
 */
@Service
public class ProductCatalog {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final BrandRepository brands;
    private final ListingCompliance compliance;
    private final AuditLog audit;

    ProductCatalog(
            ProductRepository products,
            CategoryRepository categories,
            BrandRepository brands,
            ListingCompliance compliance,
            AuditLog audit) {
        this.products = products;
        this.categories = categories;
        this.brands = brands;
        this.compliance = compliance;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ProductDetails get(ProductId id) {
        return products.find(id.value()).orElseThrow(() -> new NotFoundException(ResourceKind.PRODUCT, id));
    }

    @Transactional(readOnly = true)
    public PageResult<ProductSummary> search(ProductQuery query, int page, int size) {
        return products.search(query, categoryFilter(query), page, size);
    }

    /** Full products matching the filters, for exports; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ProductDetails> findAll(ProductQuery query, int limit) {
        return products.findAll(products.searchIds(query, categoryFilter(query), limit));
    }

    @Transactional
    public ProductDetails create(ProductDraft draft) {
        ProductDraft clean = sanitized(draft);
        checkReferences(clean, 0L);
        long id = products.insertAll(List.of(new NewProduct(clean, brands.idFor(clean.brand()))))
                .getFirst();
        ProductDetails created = products.find(id).orElseThrow();
        audit.record(AuditAction.CREATE, "product", id, "Created product " + created.spuCode(), null, created);
        return created;
    }

    @Transactional
    public ProductDetails update(ProductId id, ProductDraft draft, int expectedVersion) {
        ProductDetails before = get(id);
        ProductDraft clean = sanitized(draft);
        List<String> priceChanges = priceChanges(before, clean);
        if (!priceChanges.isEmpty()) {
            Access.require(Permissions.PRICE_WRITE);
        }
        checkReferences(clean, id.value());
        if (!products.update(id.value(), expectedVersion, new NewProduct(clean, brands.idFor(clean.brand())))) {
            throw new ConflictException(
                    "stale-version", Message.of(CatalogMessage.PRODUCT_CHANGED, "version", before.version()));
        }
        products.replaceSkus(id.value(), clean.skus());
        compliance.refreshProduct(id.value());
        ProductDetails after = products.find(id.value()).orElseThrow();
        String summary = "Updated product " + after.spuCode()
                + (priceChanges.isEmpty() ? "" : "; prices: " + String.join(", ", priceChanges));
        audit.record(AuditAction.UPDATE, "product", id.value(), summary, before, after);
        return after;
    }

    @Transactional
    public void delete(ProductId id) {
        ProductDetails before = get(id);
        products.delete(id.value());
        audit.record(AuditAction.DELETE, "product", id.value(), "Deleted product " + before.spuCode(), before, null);
    }

    /**
     * Creates many products in one transaction (bulk import): all or none. The caller has validated the rows; the
     * database constraints are the last line.
     */
    @Transactional
    public List<Long> createAll(List<ProductDraft> drafts, String source) {
        Map<String, Long> brandIds = drafts.stream()
                .map(ProductDraft::brand)
                .filter(b -> b != null)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), brands::idFor));
        List<NewProduct> rows = drafts.stream()
                .map(this::sanitized)
                .map(d -> new NewProduct(d, d.brand() == null ? null : brandIds.get(d.brand())))
                .toList();
        List<Long> ids = products.insertAll(rows);
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ProductDraft d = rows.get(i).draft();
            entries.add(new AuditLog.Entry(ids.get(i), "Imported product " + d.spuCode() + " from " + source, null, d));
        }
        audit.recordAll(AuditAction.IMPORT, "product", entries);
        return ids;
    }

    /** Those of the given SPU codes that stored products already use (checks before a bulk import). */
    @Transactional(readOnly = true)
    public Set<String> existingSpuCodes(Collection<String> spuCodes) {
        return products.takenSpuCodes(spuCodes, 0L);
    }

    /** Those of the given SKU codes that stored SKUs already use. */
    @Transactional(readOnly = true)
    public Set<String> existingSkuCodes(Collection<String> skuCodes) {
        return products.takenSkuCodes(skuCodes, 0L);
    }

    /** Those of the given barcodes that stored SKUs already use. */
    @Transactional(readOnly = true)
    public Set<String> existingBarcodes(Collection<String> barcodes) {
        return products.takenBarcodes(barcodes, 0L);
    }

    /** Title, cost and category of each of the given SKU codes that exists, keyed by SKU code (one query). */
    @Transactional(readOnly = true)
    public Map<String, SkuProfile> skuProfiles(Collection<String> skuCodes) {
        return products.skuProfiles(skuCodes);
    }

    /** List price, cost and category path of each of the given SKU codes that exists, keyed by SKU code. */
    @Transactional(readOnly = true)
    public Map<String, SkuPricing> skuPricing(Collection<String> skuCodes) {
        return products.skuPricing(skuCodes);
    }

    /** List price, cost and category path of every SKU, in SKU code order. */
    @Transactional(readOnly = true)
    public List<SkuPricing> allSkuPricing() {
        return products.allSkuPricing();
    }

    @Transactional(readOnly = true)
    public long count() {
        return products.count();
    }

    private List<Long> categoryFilter(ProductQuery query) {
        return query.categoryId() == null ? null : categories.withDescendants(query.categoryId());
    }

    private ProductDraft sanitized(ProductDraft d) {
        return new ProductDraft(
                d.spuCode().strip(),
                d.title().strip(),
                d.categoryId(),
                d.brand(),
                DetailHtml.sanitize(d.descriptionHtml()),
                d.images().stream().map(String::strip).toList(),
                d.attributes(),
                d.skus().stream()
                        .map(s -> new SkuDraft(
                                s.skuCode().strip(), s.barcode().strip(), s.attributes(), s.cost(), s.listPrice()))
                        .toList());
    }

    private void checkReferences(ProductDraft draft, long productId) {
        if (categories.find(draft.categoryId()).isEmpty()) {
            throw new FieldErrorException(
                    "categoryId", Message.of(CatalogMessage.CATEGORY_UNKNOWN, "id", draft.categoryId()));
        }
        if (!products.takenSpuCodes(List.of(draft.spuCode()), productId).isEmpty()) {
            throw new FieldErrorException(
                    "spuCode", Message.of(CatalogMessage.SPU_CODE_TAKEN, "code", draft.spuCode()));
        }
        var skuCodes = products.takenSkuCodes(
                draft.skus().stream().map(SkuDraft::skuCode).toList(), productId);
        var barcodes = products.takenBarcodes(
                draft.skus().stream().map(SkuDraft::barcode).toList(), productId);
        for (int i = 0; i < draft.skus().size(); i++) {
            SkuDraft sku = draft.skus().get(i);
            if (skuCodes.contains(sku.skuCode())) {
                throw new FieldErrorException(
                        "skus[" + i + "].skuCode", Message.of(CatalogMessage.SKU_CODE_TAKEN, "code", sku.skuCode()));
            }
            if (barcodes.contains(sku.barcode())) {
                throw new FieldErrorException(
                        "skus[" + i + "].barcode", Message.of(CatalogMessage.BARCODE_TAKEN, "barcode", sku.barcode()));
            }
            if (sku.cost().isNegative() || sku.listPrice().isNegative()) {
                throw new FieldErrorException("skus[" + i + "]", Message.of(CatalogMessage.AMOUNTS_NEGATIVE));
            }
        }
    }

    private static List<String> priceChanges(ProductDetails before, ProductDraft after) {
        Map<String, ProductDetails.Sku> old =
                before.skus().stream().collect(Collectors.toMap(ProductDetails.Sku::skuCode, Function.identity()));
        List<String> changes = new ArrayList<>();
        for (SkuDraft sku : after.skus()) {
            ProductDetails.Sku was = old.get(sku.skuCode());
            if (was == null) {
                continue;
            }
            if (was.listPrice().compareTo(sku.listPrice()) != 0) {
                changes.add(sku.skuCode() + " list " + was.listPrice() + " → " + sku.listPrice());
            }
            if (was.cost().compareTo(sku.cost()) != 0) {
                changes.add(sku.skuCode() + " cost " + was.cost() + " → " + sku.cost());
            }
        }
        return changes;
    }
}
