package io.storeops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChannelAllocationTest {

    @Test
    void aBufferHoldsBackItsShareRoundingDown() {
        var tmall = new ChannelAllocation("TMALL", ChannelAllocation.Mode.BUFFER_PERCENT, BigDecimal.TEN);
        assertThat(tmall.availableToSell(100)).isEqualTo(90);
        assertThat(tmall.availableToSell(9)).isEqualTo(8);
        assertThat(tmall.availableToSell(1)).isZero();
    }

    @Test
    void aQuotaNeverPromisesMoreThanIsAvailable() {
        var douyin = new ChannelAllocation("DOUYIN", ChannelAllocation.Mode.FIXED_QUOTA, BigDecimal.valueOf(50));
        assertThat(douyin.availableToSell(500)).isEqualTo(50);
        assertThat(douyin.availableToSell(30)).isEqualTo(30);
    }

    @Test
    void nothingAvailableMeansNothingToSell() {
        assertThat(ChannelAllocation.unrestricted("WEBSHOP").availableToSell(0)).isZero();
        assertThat(ChannelAllocation.unrestricted("WEBSHOP").availableToSell(-3))
                .isZero();
        assertThat(ChannelAllocation.unrestricted("WEBSHOP").availableToSell(7)).isEqualTo(7);
    }
}
