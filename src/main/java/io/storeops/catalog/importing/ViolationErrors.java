package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.Column.*;

import io.storeops.catalog.ProductDraft;
import io.storeops.platform.ImportMessage;
import io.storeops.platform.MessageTexts;
import io.storeops.shared.Message;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the Bean Validation violations of a product draft back to the cells they came from: product properties to the
 * first row of the SPU, {@code skus[i].…} to the row of SKU {@code i}. Each gets its message. Uniqueness within
 * the draft is left to the file-wide checks, which name the exact rows.
 */
final class ViolationErrors {

    private static final Pattern CODE = Pattern.compile("\\{([a-z]+\\.[A-Z0-9_]+)}");
    private static final Pattern SKU_PATH = Pattern.compile("skus\\[(\\d+)]\\.(\\w+).*");
    private static final Pattern PRODUCT_PATH = Pattern.compile("(\\w+).*");
    private static final Map<String, Column> PRODUCT_COLUMNS = Map.of(
            "spuCode", SPU_CODE,
            "title", TITLE,
            "categoryId", CATEGORY_CODE,
            "brand", BRAND,
            "descriptionHtml", DESCRIPTION_HTML,
            "images", IMAGES,
            "attributes", ATTRIBUTES,
            "skus", SKU_CODE);
    private static final Map<String, Column> SKU_COLUMNS = Map.of(
            "skuCode",
            SKU_CODE,
            "barcode",
            BARCODE,
            "attributes",
            SKU_ATTRIBUTES,
            "cost",
            COST,
            "listPrice",
            LIST_PRICE);
    private static final Comparator<ConstraintViolation<?>> REQUIRED_FIRST =
            Comparator.comparing(v -> isRequired(v.getConstraintDescriptor().getAnnotation()) ? 0 : 1);

    private ViolationErrors() {}

    static void report(Collection<ConstraintViolation<ProductDraft>> violations, SpuGroup group, ImportErrors errors) {
        violations.stream().sorted(REQUIRED_FIRST).forEach(v -> report(v, group, errors));
    }

    private static void report(ConstraintViolation<ProductDraft> violation, SpuGroup group, ImportErrors errors) {
        String path = violation.getPropertyPath().toString();
        Matcher sku = SKU_PATH.matcher(path);
        if (sku.matches()) {
            Column column = SKU_COLUMNS.get(sku.group(2));
            int row = group.rows().get(Integer.parseInt(sku.group(1))).number();
            if (column != null) {
                errors.add(row, column, message(violation));
            }
            return;
        }
        Matcher product = PRODUCT_PATH.matcher(path);
        Column column = product.matches() ? PRODUCT_COLUMNS.get(product.group(1)) : null;
        if (column != null) {
            errors.add(group.first().number(), column, message(violation));
        }
    }

    static Message message(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (isRequired(constraint)) {
            return Message.of(ImportMessage.IMPORT_REQUIRED);
        }
        if (constraint instanceof Size size) {
            return Message.of(
                    violation.getInvalidValue() instanceof CharSequence
                            ? ImportingMessage.IMPORT_AT_MOST_CHARACTERS
                            : ImportingMessage.IMPORT_AT_MOST_ENTRIES,
                    "max",
                    size.max());
        }
        Matcher code = CODE.matcher(violation.getMessageTemplate());
        if (code.matches() && MessageTexts.loaded().all().containsKey(code.group(1))) {
            return new Message(code.group(1), Map.of());
        }
        return Message.of(ImportingMessage.IMPORT_INVALID);
    }

    private static boolean isRequired(Annotation constraint) {
        return constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty;
    }
}
