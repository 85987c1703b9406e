package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.catalog.CatalogFixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuthApiTest {

    @LocalServerPort
    int port;

    @Test
    void adminLogsInWithThePasswordFromTheEnvironmentAndSeesPermissions() {
        var me = ApiClient.admin(port).get("/api/v1/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("admin");
        assertThat(me.json().get("roles").toString()).contains("ADMIN");
        assertThat(me.json().get("permissions").toString()).contains("price:write", "user:admin");
    }

    @Test
    void thereIsNoDefaultPassword() {
        var api = ApiClient.anonymous(port);
        for (String guess : new String[] {"admin", "password", "storeops", "123456"}) {
            var response = api.post("/api/v1/auth/login", Map.of("username", "admin", "password", guess));
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void anonymousCallsGet401ProblemDetails() {
        var response = ApiClient.anonymous(port).get("/api/v1/products");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("title").asString()).isEqualTo("Not logged in");
        assertThat(ApiClient.anonymous(port).get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aSessionWithoutTheCsrfTokenCannotChangeAnything() {
        var admin = ApiClient.admin(port);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                .header("Content-Type", "application/json")
                .POST(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"csrf-victim\",\"displayName\":\"x\",\"password\":\"long-enough-pw\",\"roles\":[\"ADMIN\"]}"));
        var response = admin.send(request);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("title").asString()).contains("CSRF");
        assertThat(admin.get("/api/v1/users").body()).doesNotContain("csrf-victim");
    }

    @Test
    void logoutEndsTheSession() {
        var admin = ApiClient.admin(port);
        assertThat(admin.post("/api/v1/auth/logout", "{}").status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/products").status()).isEqualTo(401);
    }

    @Test
    void apiTokensAreShownOnceStoredHashedAndRevocable() {
        var admin = ApiClient.admin(port);
        var created = admin.post("/api/v1/api-tokens", Map.of("name", ApiClient.unique("erp-"), "role", "ANALYST"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("token").asString();
        long id = created.json().get("id").asLong();
        assertThat(secret).startsWith("so_").hasSizeGreaterThan(40);

        var listed = admin.get("/api/v1/api-tokens").body();
        assertThat(listed).doesNotContain(secret).contains(secret.substring(0, 8));

        var integration = ApiClient.withToken(port, secret);
        assertThat(integration.get("/api/v1/products?size=1").status()).isEqualTo(200);
        var product = CatalogFixtures.product(admin, "测试家纺 令牌权限检查");
        assertThat(integration.post("/api/v1/products", product).status()).isEqualTo(403);

        assertThat(admin.delete("/api/v1/api-tokens/" + id).status()).isEqualTo(204);
        var afterRevoke = integration.get("/api/v1/products?size=1");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.isProblem()).isTrue();
        assertThat(ApiClient.withToken(port, "so_not-a-real-token")
                        .get("/api/v1/products")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsFromOneAddressAreThrottledEvenWithTheRightPasswordAfter() {
        var admin = ApiClient.admin(port);
        String username = ApiClient.unique("locked-").toLowerCase();
        admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "L",
                        "password",
                        "Right-Password-1",
                        "roles",
                        List.of("ANALYST")));
        var api = ApiClient.anonymous(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/login", Map.of("username", username, "password", "wrong-" + i))
                            .status())
                    .isEqualTo(401);
        }
        var locked = api.post("/api/v1/auth/login", Map.of("username", username, "password", "Right-Password-1"));
        assertThat(locked.status()).isEqualTo(429);
    }
}
