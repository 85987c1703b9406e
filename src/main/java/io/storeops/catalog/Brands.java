package io.storeops.catalog;

import io.storeops.catalog.internal.BrandRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Brands, created on first use by a product. */
@Service
public class Brands {

    private final BrandRepository brands;

    Brands(BrandRepository brands) {
        this.brands = brands;
    }

    @Transactional(readOnly = true)
    public List<Brand> list() {
        return brands.findAll().stream().map(b -> new Brand(b.id(), b.name())).toList();
    }

    /** A brand. */
    public record Brand(long id, String name) {}
}
