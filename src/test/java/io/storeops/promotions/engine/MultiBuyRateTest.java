package io.storeops.promotions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultiBuyRateTest {

    @ParameterizedTest
    @CsvSource({"8000,8", "8500,8.5", "8550,8.55", "8505,8.505", "8050,8.05", "8005,8.005", "500,0.5", "10000,10"})
    void aRateInBasisPointsReadsAsTheZheOfAChineseShopWithoutTrailingZeros(int rateBp, String zhe) {
        assertThat(MultiBuy.rate(rateBp)).isEqualTo(zhe);
    }
}
