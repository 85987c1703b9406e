package io.storeops.catalog.importing;

import static io.storeops.catalog.importing.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ImportHistoryTest {

    @LocalServerPort
    int port;

    @Test
    void listsRecentJobsNewestFirstWithErrorCountsInsteadOfErrors() {
        var admin = ApiClient.admin(port);
        String category = category(admin);
        String ok = ApiClient.unique("HIS");
        JsonNode completed = importFile(
                admin,
                "history-ok.csv",
                csv(
                        List.of(
                                row(ok, "历史 " + ok, category, ok + "-1", barcode()),
                                row(ok, "历史 " + ok, category, ok + "-2", barcode())),
                        StandardCharsets.UTF_8));
        String bad = ApiClient.unique("HIS");
        JsonNode failed = importFile(
                admin,
                "history-bad.csv",
                csv(
                        List.of(
                                with(row(bad, "历史 " + bad, category, bad + "-1", barcode()), Column.COST, "abc"),
                                with(row(bad, "历史 " + bad, category, bad + "-2", "12"), Column.LIST_PRICE, "-1")),
                        StandardCharsets.UTF_8));
        assertThat(completed.get("status").asString()).as(completed.toString()).isEqualTo("COMPLETED");
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        int errors = failed.get("errors").size();
        assertThat(errors).isGreaterThanOrEqualTo(2);

        var response = admin.get("/api/v1/catalog/imports?page=0&size=50");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(50);
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        assertThat(items)
                .extracting(j -> j.get("id").asLong())
                .startsWith(failed.get("id").asLong(), completed.get("id").asLong());
        assertThat(items)
                .extracting(j -> Instant.parse(j.get("createdAt").asString()))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));

        JsonNode newest = items.get(0);
        assertThat(newest.has("errors")).isFalse();
        assertThat(newest.get("errorCount").asInt()).isEqualTo(errors);
        assertThat(newest.get("fileName").asString()).isEqualTo("history-bad.csv");
        assertThat(newest.get("createdBy").asString()).isEqualTo("admin");
        JsonNode second = items.get(1);
        assertThat(second.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(second.get("errorCount").asInt()).isZero();
        assertThat(second.get("products").asInt()).isEqualTo(1);
        assertThat(second.get("skus").asInt()).isEqualTo(2);
        assertThat(second.get("totalRows").asInt()).isEqualTo(2);
    }

    @Test
    void pagesThroughTheHistory() {
        var admin = ApiClient.admin(port);
        String category = category(admin);
        String spu = ApiClient.unique("HIS");
        importFile(
                admin,
                "history-page.csv",
                csv(List.of(row(spu, "历史 " + spu, category, spu + "-1", barcode())), StandardCharsets.UTF_8));

        JsonNode first = admin.get("/api/v1/catalog/imports?size=1").json();
        JsonNode second = admin.get("/api/v1/catalog/imports?page=1&size=1").json();

        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("items").get(0).get("fileName").asString()).isEqualTo("history-page.csv");
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asLong())
                .isLessThan(first.get("items").get(0).get("id").asLong());
        assertThat(admin.get("/api/v1/catalog/imports?size=1000").status()).isEqualTo(400);
    }
}
