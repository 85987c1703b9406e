package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PermissionsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient as(String role) {
        var admin = ApiClient.admin(port);
        String username =
                ApiClient.unique(role.toLowerCase().replace('_', '-') + "-").toLowerCase();
        var created = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        role,
                        "password",
                        "Role-Password-1",
                        "roles",
                        List.of(role)));
        assertThat(created.status()).isEqualTo(201);
        return ApiClient.loggedIn(port, username, "Role-Password-1");
    }

    @Test
    void everyApiEndpointDeclaresThePermissionItNeeds() {
        List<String> unguarded = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean api = info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
            boolean open = info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/v1/auth/"));
            Method method = handler.getMethod();
            boolean guarded = AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (api && !open && !guarded) {
                unguarded.add(info.toString());
            }
        });
        assertThat(unguarded).isEmpty();
        assertThat(mappings.getHandlerMethods()).hasSizeGreaterThan(20);
    }

    @Test
    void aWarehouseUserCanReadButCannotChangePricesOrProducts() {
        var admin = ApiClient.admin(port);
        JsonNode product = CatalogFixtures.create(admin, "测试家纺 仓库权限检查");
        long id = product.get("id").asLong();
        JsonNode listing = admin.post("/api/v1/products/" + id + "/listings", Map.of("channel", "JD"))
                .json();

        var warehouse = as("WAREHOUSE");
        assertThat(warehouse.get("/api/v1/products/" + id).status()).isEqualTo(200);
        var priceChange = warehouse.put(
                "/api/v1/listings/" + listing.get("id").asLong(),
                Map.of(
                        "title",
                        listing.get("title").asString(),
                        "price",
                        1,
                        "images",
                        List.of(),
                        "version",
                        listing.get("version").asInt()));
        assertThat(priceChange.status()).isEqualTo(403);
        assertThat(priceChange.isProblem()).isTrue();
        assertThat(warehouse.put("/api/v1/products/" + id, Map.of("title", "x")).status())
                .isEqualTo(403);
        assertThat(warehouse.delete("/api/v1/products/" + id).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/listings/" + listing.get("id").asLong())
                        .json()
                        .get("price")
                        .decimalValue())
                .isEqualByComparingTo(listing.get("price").decimalValue());
    }

    @Test
    void anAnalystCanReadEverythingButEditNothing() {
        var admin = ApiClient.admin(port);
        long id = CatalogFixtures.create(admin, "测试家纺 分析师权限检查").get("id").asLong();
        var analyst = as("ANALYST");
        assertThat(analyst.get("/api/v1/products?size=1").status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/audit?size=1").status()).isEqualTo(200);
        assertThat(analyst.post("/api/v1/products", CatalogFixtures.product(admin, "测试家纺 分析师新建"))
                        .status())
                .isEqualTo(403);
        assertThat(analyst.post("/api/v1/products/" + id + "/listings", Map.of("channel", "TMALL"))
                        .status())
                .isEqualTo(403);
        assertThat(analyst.put("/api/v1/channels/TMALL/rules", "{}").status()).isEqualTo(403);
        assertThat(analyst.post("/api/v1/categories", Map.of("code", "x", "nameZh", "x", "nameEn", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(analyst.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(analyst.post("/api/v1/api-tokens", Map.of("name", "x", "role", "ADMIN"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aServiceAgentCannotSeeTheAuditLogOrManageUsers() {
        var agent = as("SERVICE_AGENT");
        assertThat(agent.get("/api/v1/products?size=1").status()).isEqualTo(200);
        assertThat(agent.get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/api-tokens").status()).isEqualTo(403);
    }

    @Test
    void operationsEditsListingsAndPricesButNotUsers() {
        var admin = ApiClient.admin(port);
        long id = CatalogFixtures.create(admin, "测试家纺 运营权限检查 四件套").get("id").asLong();
        var ops = as("OPERATIONS");
        var listing = ops.post("/api/v1/products/" + id + "/listings", Map.of("channel", "WEBSHOP"));
        assertThat(listing.status()).isEqualTo(201);
        var priced = ops.put(
                "/api/v1/listings/" + listing.json().get("id").asLong(),
                Map.of(
                        "title",
                        "测试家纺 运营改价",
                        "price",
                        399,
                        "images",
                        List.of("https://img.example.com/1.jpg"),
                        "version",
                        listing.json().get("version").asInt()));
        assertThat(priced.status()).isEqualTo(200);
        assertThat(ops.get("/api/v1/users").status()).isEqualTo(403);
        var audit = admin.get("/api/v1/audit?entityType=listing&entityId="
                        + listing.json().get("id").asLong() + "&action=UPDATE")
                .json();
        assertThat(audit.get("items").get(0).get("actor").asString()).startsWith("operations-");
        assertThat(audit.get("items").get(0).get("summary").asString()).contains("price", "¥399.00");
    }
}
