package io.storeops.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number that identifies a person, held in E.164 ({@code +8613912345678}). Every spelling of one number
 * parses to the same value — spaces, dashes, dots and brackets, a {@code 0086}, {@code 86} or {@code +86} prefix,
 * full-width digits, invisible characters such as a zero-width space — and a number without a country code is read as
 * Chinese (+86). Valid means valid by libphonenumber's metadata, or shaped like a Chinese mobile number
 * ({@code 1[3-9]} and nine digits). Text that is not a valid number (too short, masked like {@code 139****5678}, letters) does not parse.
 */
public record PhoneNumber(String e164) {

    /** The region of a number written without a country code. */
    public static final String DEFAULT_REGION = "CN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final int MAX_TEXT = 64;
    private static final Pattern CHINESE_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** The usual spellings of a Chinese mobile number, read without the library (the order path parses one per order). */
    private static final Pattern PLAIN_CHINESE_MOBILE = Pattern.compile("(?:\\+86|0086)?(1[3-9]\\d{9})");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
    }

    /**
     * The number the text spells, or a 400 naming {@code field} when it is not a valid phone number.
     *
     * @throws FieldErrorException when the text is blank or not a valid phone number
     */
    public static PhoneNumber parse(String field, String text) {
        return tryParse(text)
                .orElseThrow(() -> new FieldErrorException(
                        field, Message.of(SharedMessage.INVALID_PHONE_NUMBER, "given", printable(text))));
    }

    /** The number the text spells; empty when the text is blank or not a valid phone number. */
    public static Optional<PhoneNumber> tryParse(String text) {
        String cleaned = withoutInvisibles(text);
        if (cleaned.isEmpty() || cleaned.length() > MAX_TEXT || cleaned.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        var plain = PLAIN_CHINESE_MOBILE.matcher(cleaned);
        if (plain.matches()) {
            return Optional.of(new PhoneNumber("+86" + plain.group(1)));
        }
        try {
            var number = UTIL.parse(cleaned, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number) && !isChineseMobile(number)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The text without whitespace and invisible (format and control) characters: how a phone field that does not hold a
     * valid number is kept, so that at least the same spelling matches itself. {@code ""} for null.
     */
    public static String withoutInvisibles(String text) {
        if (text == null) {
            return "";
        }
        var kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c)
                        && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT
                        && !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * What a stored E.164 number starts with when someone searches for {@code text}: the typed digits read like a
     * number ({@code 139 1234} → {@code +861391234}, {@code 0086 139} and {@code +86 139} → {@code +86139}); empty when
     * the text is not made of phone characters.
     */
    public static Optional<String> searchPrefix(String text) {
        String cleaned = withoutInvisibles(text).replaceAll("[\\-().·]", "");
        if (!cleaned.matches("\\+?\\d{3,15}")) {
            return Optional.empty();
        }
        if (cleaned.startsWith("+")) {
            return Optional.of(cleaned);
        }
        if (cleaned.startsWith("00")) {
            return Optional.of("+" + cleaned.substring(2));
        }
        String national = cleaned.startsWith("0") ? cleaned.substring(1) : cleaned;
        return Optional.of("+" + UTIL.getCountryCodeForRegion(DEFAULT_REGION) + national);
    }

    /** Whether this is a mobile number (one that can receive SMS). */
    public boolean isMobile() {
        try {
            var number = UTIL.parse(e164, DEFAULT_REGION);
            var type = UTIL.getNumberType(number);
            return type == PhoneNumberType.MOBILE
                    || type == PhoneNumberType.FIXED_LINE_OR_MOBILE
                    || isChineseMobile(number);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * A Chinese mobile number by its shape (+86 1[3-9] and nine digits), also when the number range is newer than the
     * library's metadata or data-only: marketplaces send such numbers, and refusing them would split or hold buyers.
     */
    private static boolean isChineseMobile(com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number) {
        return number.getCountryCode() == 86
                && CHINESE_MOBILE
                        .matcher(UTIL.getNationalSignificantNumber(number))
                        .matches();
    }

    @JsonValue
    @Override
    public String toString() {
        return e164;
    }

    private static String printable(String text) {
        String shown = withoutInvisibles(text);
        return shown.length() > 32 ? shown.substring(0, 32) + "…" : shown;
    }
}
