package io.storeops.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditExportTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Test
    void exportsTheEntriesOfAProductWithShanghaiTimes() throws Exception {
        var admin = ApiClient.admin(port);
        JsonNode product = CatalogFixtures.create(admin, "测试家纺 审计导出检查");
        long id = product.get("id").asLong();

        var response = admin.download("/api/v1/audit/export?format=csv&entityType=product&entityId=" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"audit-\\d{8}-\\d{4}\\.csv\"");
        assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(response.body());
        assertThat(rows.getFirst().toList()).isEqualTo(AuditExport.HEADER);
        assertThat(rows).hasSize(2);
        CSVRecord entry = rows.get(1);
        assertThat(entry.get(1)).isEqualTo("admin");
        assertThat(entry.get(2)).isEqualTo("CREATE");
        assertThat(entry.get(3)).isEqualTo("product");
        assertThat(entry.get(4)).isEqualTo(String.valueOf(id));
        assertThat(entry.get(5)).contains(product.get("spuCode").asString());
        assertThat(entry.get(6)).isEmpty();
        assertThat(ApiClient.json().readTree(entry.get(7)).get("spuCode").asString())
                .isEqualTo(product.get("spuCode").asString());
        var at = LocalDateTime.parse(entry.get(0), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        assertThat(Duration.between(at, LocalDateTime.now(SHANGHAI)).abs()).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void honoursTheActionFilter() throws Exception {
        var admin = ApiClient.admin(port);
        long id = CatalogFixtures.create(admin, "测试家纺 审计筛选检查").get("id").asLong();
        assertThat(admin.delete("/api/v1/products/" + id).status()).isEqualTo(204);
        String entity = "entityType=product&entityId=" + id;

        List<CSVRecord> all =
                parse(admin.download("/api/v1/audit/export?" + entity).body());
        List<CSVRecord> deletes = parse(
                admin.download("/api/v1/audit/export?action=DELETE&" + entity).body());

        assertThat(all.subList(1, all.size())).extracting(r -> r.get(2)).containsExactly("DELETE", "CREATE");
        assertThat(deletes.subList(1, deletes.size())).extracting(r -> r.get(2)).containsExactly("DELETE");
    }

    @Test
    void needsTheAuditPermission() {
        var admin = ApiClient.admin(port);
        String username = ApiClient.unique("wh-").toLowerCase();
        var created = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Warehouse",
                        "password",
                        "Role-Password-1",
                        "roles",
                        List.of("WAREHOUSE")));
        assertThat(created.status()).isEqualTo(201);
        var warehouse = ApiClient.loggedIn(port, username, "Role-Password-1");

        assertThat(warehouse.download("/api/v1/audit/export?format=csv").statusCode())
                .isEqualTo(403);
        var xlsx = admin.get("/api/v1/audit/export?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(400);
        assertThat(xlsx.json().get("errors").get(0).get("code").asString()).isEqualTo("platform.AUDIT_EXPORT_CSV_ONLY");
    }

    private static List<CSVRecord> parse(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
