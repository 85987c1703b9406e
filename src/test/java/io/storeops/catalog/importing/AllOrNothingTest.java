package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.Categories;
import io.storeops.catalog.ProductCatalog;
import io.storeops.catalog.ProductDraft;
import io.storeops.catalog.SkuDraft;
import io.storeops.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;

/** The import relies on {@link ProductCatalog#createAll}: when the database refuses one product, none remains. */
@IntegrationTest
class AllOrNothingTest {

    @LocalServerPort
    int port;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    Categories categories;

    @Test
    void leavesNothingWhenTheDatabaseRefusesOneProduct() {
        long categoryId = categories
                .findByCode(category(ApiClient.admin(port)))
                .orElseThrow()
                .id();
        String barcode = barcode();
        String first = ApiClient.unique("ALL");
        String second = ApiClient.unique("ALL");
        List<ProductDraft> drafts = List.of(draft(first, categoryId, barcode), draft(second, categoryId, barcode));

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> catalog.createAll(drafts, "test"));

        assertThat(catalog.existingSpuCodes(List.of(first, second))).isEmpty();
        assertThat(catalog.existingBarcodes(List.of(barcode))).isEmpty();
    }

    private static ProductDraft draft(String spu, long categoryId, String barcode) {
        var sku = new SkuDraft(spu + "-1", barcode, Map.of(), Money.of("1.00"), Money.of("2.00"));
        return new ProductDraft(spu, "全有或全无 " + spu, categoryId, null, "", List.of(), Map.of(), List.of(sku));
    }
}
