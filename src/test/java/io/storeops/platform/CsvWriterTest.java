package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesUtf8WithBomAndQuotesWhereNeeded() {
        var bytes = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(bytes)) {
            csv.row(List.of("时间", "a,b", "say \"hi\""));
        }

        assertThat(bytes.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF时间,\"a,b\",\"say \"\"hi\"\"\"\r\n");
    }

    @Test
    void guardsCellsExcelWouldRunAsFormulas() {
        assertThat(CsvWriter.guard("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvWriter.guard("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.guard("-1")).isEqualTo("'-1");
        assertThat(CsvWriter.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.guard("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.guard("price 1 → 2")).isEqualTo("price 1 → 2");
        assertThat(CsvWriter.guard("{\"a\":1}")).isEqualTo("{\"a\":1}");
    }
}
