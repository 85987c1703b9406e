package io.storeops.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.storeops.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void readsAmountsWithAtMostTwoDecimals() {
        assertThat(Cells.amount("79")).isEqualTo(Money.of("79.00"));
        assertThat(Cells.amount("0.5")).isEqualTo(Money.of("0.50"));
        assertThatIllegalArgumentException().isThrownBy(() -> Cells.amount("1.234"));
        assertThatIllegalArgumentException().isThrownBy(() -> Cells.amount("-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> Cells.amount("abc"));
    }

    @Test
    void readsNameValuePairsWithHalfOrFullWidthSeparators() {
        assertThat(Cells.pairs("颜色=白色;尺码=M")).containsExactly(Map.entry("颜色", "白色"), Map.entry("尺码", "M"));
        assertThat(Cells.pairs("材质＝纯棉；产地=新疆;")).containsExactly(Map.entry("材质", "纯棉"), Map.entry("产地", "新疆"));
        assertThat(Cells.pairs("")).isEmpty();
    }

    @Test
    void rejectsPairsWithoutNameOrRepeatedNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cells.pairs("纯棉")).withMessageContaining("name=value");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Cells.pairs("a=1;a=2"))
                .withMessageContaining("duplicate");
    }

    @Test
    void writesWhatItReads() {
        Map<String, String> pairs = Cells.pairs("颜色=白色;尺码=M");
        List<String> images = Cells.images(" https://a/1.jpg | https://a/2.jpg |");

        assertThat(Cells.pairs(Cells.pairs(pairs))).isEqualTo(pairs);
        assertThat(images).containsExactly("https://a/1.jpg", "https://a/2.jpg");
        assertThat(Cells.images(images)).isEqualTo("https://a/1.jpg|https://a/2.jpg");
    }

    @Test
    void csvFilesGuardCellsAgainstFormulas() {
        byte[] csv = TableFiles.csv(
                List.of("sku_code", "title"),
                List.of(List.of("-SKU1", "=HYPERLINK(\"http://x\")"), List.of("A-1", "纯棉T恤")));

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFsku_code,title\r\n'-SKU1,\"'=HYPERLINK(\"\"http://x\"\")\"\r\nA-1,纯棉T恤\r\n");
    }
}
