package io.storeops.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ConsoleServingTest {

    @LocalServerPort
    int port;

    @Test
    void servesTheConsoleAtTheRootAndOnEveryHistoryRoute() {
        var api = ApiClient.anonymous(port);
        var root = api.get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.contentType()).startsWith("text/html");
        assertThat(root.body()).contains("<div id=\"app\">");
        var deep = api.get("/products/123?tab=listings");
        assertThat(deep.status()).isEqualTo(200);
        assertThat(deep.body()).isEqualTo(root.body());
        assertThat(api.get("/listings/5").body()).isEqualTo(root.body());
    }

    @Test
    void unknownApiPathsAndMissingFilesAre404NotTheConsole() {
        var api = ApiClient.admin(port);
        var unknown = api.get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(api.get("/assets/missing-file.js").status()).isEqualTo(404);
    }

    @Test
    void servesOpenApiSwaggerAndHealth() {
        var api = ApiClient.anonymous(port);
        var docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/products")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/listings/{id}/transitions"))
                .isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
        var health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/metrics").status()).isEqualTo(401);
    }

    @Test
    void sendsSecurityHeaders() {
        var response = ApiClient.anonymous(port).download("/");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options").orElse(""))
                .isEqualTo("nosniff");
    }

    @Test
    void servesDemoImages() {
        var image = ApiClient.anonymous(port).get("/demo-images/HOM-BED-001/1.svg");
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/svg+xml");
        assertThat(image.body()).contains("<svg", "HOM-BED-001");
    }
}
