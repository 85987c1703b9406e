package io.storeops.bench;

import static org.awaitility.Awaitility.await;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.StoreOpsApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Times bulk imports of 10,000 SKUs (2,500 products × 4 SKUs) through real HTTP, as xlsx and as CSV, against a fresh
 * embedded database. Each full import is followed by a baseline: the same file again, which reads and checks every row
 * and fails on "already exists" without writing. Target: every import of 10,000 SKUs COMPLETED in under 20 s, every
 * baseline FAILED with the 22,500 "already exists" errors and nothing written; exits 1 otherwise. Run with
 * {@code ./mvnw -q -DbuildDir=/tmp/import-target exec:java -Dexec.mainClass=io.storeops.bench.ImportBenchmark
 * -Dexec.classpathScope=test} after {@code test-compile}; see docs/PERFORMANCE.md.
 */
public final class ImportBenchmark {

    private static final int PRODUCTS = 2_500;
    private static final int SKUS_PER_PRODUCT = 4;
    private static final int ROUNDS = 2;
    private static final long TARGET_MILLIS = 20_000;
    /** The baseline's errors: every SPU code, SKU code and barcode already exists. */
    private static final int BASELINE_ERRORS = PRODUCTS + 2 * PRODUCTS * SKUS_PER_PRODUCT;

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("storeops-bench");
        try (ConfigurableApplicationContext app = start(dataDir)) {
            ApiClient admin =
                    ApiClient.admin(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            String category = category(admin);
            List<String> header = templateHeader(admin);
            System.out.printf(
                    "Machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
            timeImport(admin, "warm-up.csv", csv(header, rows("WARM", 1, category, 50)));
            var verdict = new Verdict("Bulk product import");
            for (int round = 1; round <= ROUNDS; round++) {
                System.out.printf("Round %d%n", round);
                report(admin, verdict, round, "xlsx", xlsx(header, rows("X" + round, 2 * round, category, PRODUCTS)));
                report(admin, verdict, round, "csv", csv(header, rows("C" + round, 2 * round + 1, category, PRODUCTS)));
            }
            verdict.exit();
        }
    }

    /** Starts the application; command-line style arguments outrank application.yml and the environment. */
    private static ConfigurableApplicationContext start(Path dataDir) {
        return SpringApplication.run(StoreOpsApplication.class, new String[] {
            "--storeops.database.url=",
            "--storeops.database.embedded.data-dir=" + dataDir,
            "--storeops.database.embedded.clean-on-start=true",
            "--storeops.demo.mode=never",
            "--storeops.platform.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
            "--server.port=0",
            "--logging.level.root=WARN"
        });
    }

    private static void report(ApiClient admin, Verdict verdict, int round, String format, byte[] file) {
        String fileName = "bench." + format;
        Result full = timeImport(admin, fileName, file);
        Result baseline = timeImport(admin, fileName, file);
        int skus = PRODUCTS * SKUS_PER_PRODUCT;
        verdict.require(
                "round %d %s: %,d SKUs imported in < %,d ms".formatted(round, format, skus, TARGET_MILLIS),
                "COMPLETED".equals(full.status())
                        && full.job().get("skus").asInt() == skus
                        && full.millis() < TARGET_MILLIS,
                "%s, %,d SKUs in %,d ms (%s× the parse + validate baseline of %,d ms)"
                        .formatted(
                                full.status(),
                                full.job().get("skus").asInt(),
                                full.millis(),
                                Verdict.ratio((double) full.millis() / baseline.millis()),
                                baseline.millis()));
        verdict.check(
                "round %d %s baseline: the same file again is refused whole".formatted(round, format),
                "FAILED".equals(baseline.status())
                        && baseline.job().get("errors").size() == BASELINE_ERRORS,
                "%s with %,d errors (%,d expected)"
                        .formatted(
                                baseline.status(), baseline.job().get("errors").size(), BASELINE_ERRORS));
        System.out.printf(
                "  %-4s %,d SKUs (%,d KB): import %s in %,d ms (%d products, %d SKUs, %d progress states seen);"
                        + " baseline parse+validate %s in %,d ms (%,d errors)%n",
                format,
                PRODUCTS * SKUS_PER_PRODUCT,
                file.length / 1024,
                full.status(),
                full.millis(),
                full.job().get("products").asInt(),
                full.job().get("skus").asInt(),
                full.progressStates(),
                baseline.status(),
                baseline.millis(),
                baseline.job().get("errors").size());
    }

    /** Uploads the file and polls its job every 50 ms until it finished, noting each state seen on the way. */
    private static Result timeImport(ApiClient admin, String fileName, byte[] file) {
        long start = System.nanoTime();
        var started = admin.postMultipart("/api/v1/catalog/imports", fileName, file);
        if (started.status() != 202) {
            throw new IllegalStateException("Upload refused: " + started);
        }
        long id = started.json().get("id").asLong();
        Set<String> states = new LinkedHashSet<>();
        JsonNode job = await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> admin.get("/api/v1/catalog/imports/" + id).json(), j -> {
                    states.add(j.get("status").asString() + ":"
                            + j.get("processedRows").asInt());
                    return j.get("status").asString().matches("COMPLETED|FAILED");
                });
        return new Result(job, (System.nanoTime() - start) / 1_000_000, states.size());
    }

    private static String category(ApiClient admin) {
        var created = admin.post(
                "/api/v1/categories", Map.of("code", "bench-tees", "nameZh", "基准测试T恤", "nameEn", "Benchmark tees"));
        if (created.status() != 201) {
            throw new IllegalStateException("Cannot create the category: " + created);
        }
        return "bench-tees";
    }

    private static List<String> templateHeader(ApiClient admin) throws IOException {
        String template = new String(
                        admin.download("/api/v1/catalog/import-template?format=csv")
                                .body(),
                        StandardCharsets.UTF_8)
                .substring(1);
        return CSVFormat.RFC4180
                .parse(new StringReader(template))
                .getRecords()
                .getFirst()
                .toList();
    }

    private static List<List<String>> rows(String prefix, int series, String category, int products) {
        String[] sizes = {"S", "M", "L", "XL"};
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            String spu = prefix + "-%05d".formatted(p);
            for (int s = 0; s < SKUS_PER_PRODUCT; s++) {
                rows.add(List.of(
                        spu,
                        "新疆长绒棉圆领短袖T恤 男女同款 " + spu,
                        category,
                        "StoreOps",
                        "https://img.example.com/" + spu + "-1.jpg|https://img.example.com/" + spu + "-2.jpg",
                        "材质=纯棉;产地=新疆",
                        "<p>新疆长绒棉，亲肤透气。</p><img src=\"https://img.example.com/" + spu + "-d.jpg\">",
                        spu + "-" + sizes[s],
                        "69%d%09d".formatted(series, p * 10 + s),
                        "颜色=白色;尺码=" + sizes[s],
                        "25.50",
                        "79.00"));
            }
        }
        return rows;
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) throws IOException {
        var text = new StringBuilder("\uFEFF");
        try (var printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            printer.printRecords(rows);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** As Excel saves it: shared strings, barcodes and amounts as numbers. */
    private static byte[] xlsx(List<String> header, List<List<String>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("商品 Products");
            var head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (c >= 8 && c != 9) {
                        row.createCell(c).setCellValue(Double.parseDouble(values.get(c)));
                    } else {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            var bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private record Result(JsonNode job, long millis, int progressStates) {

        String status() {
            return job.get("status").asString();
        }
    }
}
