package io.storeops.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void everySpellingOfOneNumberParsesToOneE164Value() {
        List<String> spellings = List.of(
                "+86 139-1234-5678",
                "+8613912345678",
                "139 1234 5678",
                "0086-13912345678",
                "13912345678\u200b",
                "8613912345678",
                "(+86) 139.1234.5678",
                "１３９１２３４５６７８",
                "\ufeff139\u00a01234\u20605678");
        assertThat(spellings)
                .allSatisfy(
                        s -> assertThat(PhoneNumber.parse("phone", s).e164()).isEqualTo("+8613912345678"));
    }

    @Test
    void theUsualSpellingsOfAMobileReadWithoutTheLibraryAgreeWithIt() throws Exception {
        var util = PhoneNumberUtil.getInstance();
        var random = new Random(20261207);
        for (int i = 0; i < 2_000; i++) {
            String national = "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000));
            String library = util.format(util.parse(national, "CN"), PhoneNumberUtil.PhoneNumberFormat.E164);
            for (String spelling : new String[] {national, "+86" + national, "0086" + national}) {
                assertThat(PhoneNumber.parse("phone", spelling).e164())
                        .as(spelling)
                        .isEqualTo(library);
            }
        }
    }

    @Test
    void aChineseMobileOfARangeTheMetadataDoesNotKnowIsStillOne() {
        assertThat(PhoneNumber.parse("phone", "140 1234 5678").e164()).isEqualTo("+8614012345678");
        assertThat(PhoneNumber.parse("phone", "140 1234 5678").isMobile()).isTrue();
    }

    @Test
    void aLandlineGetsItsAreaCodeWithoutTheTrunkZero() {
        assertThat(PhoneNumber.parse("phone", "010-6552 9988").e164()).isEqualTo("+861065529988");
        assertThat(PhoneNumber.parse("phone", "010-6552 9988").isMobile()).isFalse();
        assertThat(PhoneNumber.parse("phone", "13912345678").isMobile()).isTrue();
    }

    @Test
    void junkIsRefusedNamingTheField() {
        for (String junk : List.of("139****5678", "1391234", "abc13912345678", "", "   ", "+", "139 1234 5678 9")) {
            assertThat(PhoneNumber.tryParse(junk)).as(junk).isEmpty();
            assertThatThrownBy(() -> PhoneNumber.parse("buyer.phone", junk))
                    .isInstanceOfSatisfying(
                            FieldErrorException.class,
                            e -> assertThat(e.field()).isEqualTo("buyer.phone"));
        }
        assertThat(PhoneNumber.tryParse(null)).isEmpty();
    }

    @Test
    void aSearchIsTurnedIntoTheStoredPrefix() {
        assertThat(PhoneNumber.searchPrefix("139 1234")).contains("+861391234");
        assertThat(PhoneNumber.searchPrefix("+86 139")).contains("+86139");
        assertThat(PhoneNumber.searchPrefix("0086-139")).contains("+86139");
        assertThat(PhoneNumber.searchPrefix("010-6552")).contains("+86106552");
        assertThat(PhoneNumber.searchPrefix("SO2024")).isEmpty();
    }
}
