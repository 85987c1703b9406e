package io.storeops.catalog;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A text with at least one character a shopper can see: one of only spaces (any kind, including the ideographic and
 * no-break spaces), zero-width and other format characters (U+200B, U+200D, U+2060, U+FEFF, soft hyphen …), lone
 * combining marks or blank fillers (U+3164, U+2800 …) is refused. Null is left to {@code @NotBlank}.
 */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleText.Check.class)
public @interface VisibleText {

    String message() default "{catalog.VISIBLE_TEXT_REQUIRED}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule behind the annotation. */
    final class Check implements ConstraintValidator<VisibleText, String> {

        /** Blank characters that Unicode files under letters or symbols. */
        private static final Set<Integer> FILLERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E, 0x034F);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isVisible(value);
        }

        /** Whether the text has a character that shows. */
        public static boolean isVisible(String text) {
            return text.codePoints().anyMatch(c -> switch (Character.getType(c)) {
                case Character.SPACE_SEPARATOR,
                        Character.LINE_SEPARATOR,
                        Character.PARAGRAPH_SEPARATOR,
                        Character.CONTROL,
                        Character.FORMAT,
                        Character.NON_SPACING_MARK,
                        Character.ENCLOSING_MARK,
                        Character.UNASSIGNED,
                        Character.SURROGATE -> false;
                default -> !Character.isWhitespace(c) && !FILLERS.contains(c);
            });
        }
    }
}
