package io.storeops.promotions;

import io.storeops.shared.FieldErrorException;
import io.storeops.shared.Message;
import io.storeops.shared.PhoneNumber;
import java.util.regex.Pattern;

/**
 * A customer as coupons know one: a phone number, held in E.164 so that every spelling of it ({@code +86 139-1234-5678},
 * {@code 0086-13912345678}, {@code 139 1234 5678}, with a zero-width space …) is the same customer with one
 * per-customer limit — the orders module identifies buyers the same way, so 下单返券 finds them — or a member id of at
 * most 64 letters, digits and {@code - _ . @ :} with at least one letter (a text without letters is a phone number).
 */
record CustomerId(String value) {

    private static final Pattern MEMBER_ID = Pattern.compile("[\\p{L}\\p{N}_.@:\\-]{1,64}");

    /**
     * The customer the text names.
     *
     * @throws FieldErrorException naming {@code field} when the text is blank, a phone number that is not valid, or a
     *     member id with other characters
     */
    static CustomerId parse(String field, String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new FieldErrorException(field, Message.of(PromotionsMessage.REQUIRED));
        }
        if (stripped.codePoints().noneMatch(Character::isLetter)) {
            return new CustomerId(PhoneNumber.parse(field, stripped).e164());
        }
        if (!MEMBER_ID.matcher(stripped).matches()) {
            throw new FieldErrorException(
                    field, Message.of(PromotionsMessage.INVALID_CUSTOMER_ID, "allowed", "- _ . @ :"));
        }
        return new CustomerId(stripped);
    }

    @Override
    public String toString() {
        return value;
    }
}
