package io.storeops.catalog;

import io.storeops.catalog.internal.CategoryRepository;
import io.storeops.catalog.internal.CategoryRepository.CategoryRow;
import io.storeops.catalog.internal.ListingRepository;
import io.storeops.platform.AuditAction;
import io.storeops.platform.AuditLog;
import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.NotFoundException;
import io.storeops.shared.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category tree and the attributes each category requires of its products. */
@Service
public class Categories {

    private final CategoryRepository categories;
    private final ListingRepository listings;
    private final ListingCompliance compliance;
    private final AuditLog audit;

    Categories(
            CategoryRepository categories, ListingRepository listings, ListingCompliance compliance, AuditLog audit) {
        this.categories = categories;
        this.listings = listings;
        this.compliance = compliance;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CategoryNode> tree() {
        List<CategoryRow> rows = categories.findAll();
        Map<Long, List<CategoryRow>> children = new LinkedHashMap<>();
        rows.forEach(r ->
                children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r));
        return build(null, children);
    }

    @Transactional(readOnly = true)
    public Optional<CategoryNode> findByCode(String code) {
        return categories
                .findByCode(code)
                .map(r -> new CategoryNode(
                        r.id(), r.code(), r.nameZh(), r.nameEn(), r.parentId(), r.requiredAttributes(), List.of()));
    }

    @Transactional
    public CategoryNode create(
            String code, String nameZh, String nameEn, Long parentId, List<String> requiredAttributes) {
        if (categories.findByCode(code).isPresent()) {
            throw new FieldErrorException("code", Message.of(CatalogMessage.CATEGORY_CODE_TAKEN, "code", code));
        }
        if (parentId != null && categories.find(parentId).isEmpty()) {
            throw new FieldErrorException(
                    "parentId", Message.of(CatalogMessage.PARENT_CATEGORY_UNKNOWN, "id", parentId));
        }
        long id = categories.insert(code, nameZh, nameEn, parentId, clean(requiredAttributes));
        CategoryRow row = categories.find(id).orElseThrow();
        audit.record(AuditAction.CREATE, "category", id, "Created category " + code, null, row);
        return new CategoryNode(
                row.id(), row.code(), row.nameZh(), row.nameEn(), row.parentId(), row.requiredAttributes(), List.of());
    }

    @Transactional
    public void update(long id, String nameZh, String nameEn, List<String> requiredAttributes) {
        CategoryRow before = categories.find(id).orElseThrow(() -> new NotFoundException(ResourceKind.CATEGORY, id));
        categories.update(id, nameZh, nameEn, clean(requiredAttributes));
        compliance.refreshAll(listings.idsOfChannel(null));
        audit.record(
                AuditAction.UPDATE,
                "category",
                id,
                "Updated category " + before.code(),
                before,
                categories.find(id).orElseThrow());
    }

    private static List<String> clean(List<String> attributes) {
        return attributes == null
                ? List.of()
                : attributes.stream()
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .distinct()
                        .toList();
    }

    private static List<CategoryNode> build(Long parent, Map<Long, List<CategoryRow>> children) {
        return children.getOrDefault(parent, List.of()).stream()
                .map(r -> new CategoryNode(
                        r.id(),
                        r.code(),
                        r.nameZh(),
                        r.nameEn(),
                        r.parentId(),
                        r.requiredAttributes(),
                        build(r.id(), children)))
                .toList();
    }
}
