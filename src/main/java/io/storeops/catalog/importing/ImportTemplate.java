package io.storeops.catalog.importing;

import io.storeops.catalog.Categories;
import io.storeops.catalog.CategoryNode;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The file users fill in: the bilingual header and two example SKU rows of one product; the xlsx template adds a
 * guide sheet with every column explained and the valid category codes.
 */
@Component
class ImportTemplate {

    private final Categories categories;

    ImportTemplate(Categories categories) {
        this.categories = categories;
    }

    DownloadFile file(FileFormat format) {
        CategoryIndex index = CategoryIndex.of(categories.tree());
        List<List<String>> rows = examples(index);
        String name = "product-import-template." + format.extension();
        if (format == FileFormat.CSV) {
            return new DownloadFile(name, format, TableFiles.csv(ProductRows.headers(), rows));
        }
        try (var workbook = new XlsxWorkbook()) {
            return new DownloadFile(
                    name, format, workbook.productSheet(rows).guideSheet(index).toBytes());
        }
    }

    private static List<List<String>> examples(CategoryIndex index) {
        String category =
                index.leaves().stream().map(CategoryNode::code).findFirst().orElse("your-category-code");
        return List.of(example(category, "M", "6901234567892"), example(category, "L", "6901234567908"));
    }

    private static List<String> example(String category, String size, String barcode) {
        return List.of(
                "DEMO-TEE-001",
                "纯棉圆领短袖T恤 男款",
                category,
                "StoreOps",
                "https://img.example.com/tee-front.jpg|https://img.example.com/tee-back.jpg",
                "材质=纯棉;产地=新疆",
                "<p>新疆长绒棉，亲肤透气</p>",
                "DEMO-TEE-001-WH-" + size,
                barcode,
                "颜色=白色;尺码=" + size,
                "25.00",
                "79.00");
    }
}
