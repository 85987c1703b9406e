package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login throttle counts atomically per username × client address and cannot be turned against the user: an
 * attacker's address runs out of attempts, the user's own address does not. Client addresses come from
 * {@code X-Forwarded-For}, trusted because the test profile sets {@code server.forward-headers-strategy=native}.
 */
@IntegrationTest
class LoginThrottleApiTest {

    @LocalServerPort
    int port;

    @Test
    void thirtyParallelWrongPasswordsReachThePasswordCheckAtMostFiveTimes() throws Exception {
        String username = user("parallel-");
        var attacker = ApiClient.anonymous(port);
        attacker.get("/api/v1/auth/csrf");
        var start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 30; i++) {
                int attempt = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return attacker.postWithHeaders(
                            "/api/v1/auth/login",
                            Map.of("username", username, "password", "wrong-" + attempt),
                            "X-Forwarded-For",
                            "203.0.113.30");
                }));
            }
            start.countDown();
        }
        int checked = 0;
        int throttled = 0;
        for (var answer : answers) {
            var response = answer.get();
            if (response.statusCode() == 401) {
                checked++;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
                assertThat(Long.parseLong(
                                response.headers().firstValue("Retry-After").orElseThrow()))
                        .isBetween(1L, 300L);
                assertThat(response.body()).contains("login-locked", "\"code\":\"platform.LOGIN_THROTTLED\"");
                throttled++;
            }
        }
        assertThat(checked).as("attempts that reached the password check").isLessThanOrEqualTo(5);
        assertThat(checked + throttled).isEqualTo(30);
        assertThat(throttled).isGreaterThanOrEqualTo(25);
    }

    @Test
    void anAttackerHammeringAdminFromOneAddressDoesNotStopAdminLoggingInFromAnother() {
        var attacker = ApiClient.anonymous(port);
        for (int i = 0; i < 12; i++) {
            var answer = attacker.postWithHeaders(
                    "/api/v1/auth/login",
                    Map.of("username", "admin", "password", "guess-" + i),
                    "X-Forwarded-For",
                    "203.0.113.66");
            assertThat(answer.statusCode()).isEqualTo(i < 5 ? 401 : 429);
        }
        var attackerWithTheRightPassword = attacker.postWithHeaders(
                "/api/v1/auth/login",
                Map.of("username", "ADMIN", "password", IntegrationTest.ADMIN_PASSWORD),
                "X-Forwarded-For",
                "203.0.113.66");
        assertThat(attackerWithTheRightPassword.statusCode())
                .as("the same address, any spelling of the name, is still throttled")
                .isEqualTo(429);

        var admin = ApiClient.anonymous(port);
        var login = admin.postWithHeaders(
                "/api/v1/auth/login",
                Map.of("username", "admin", "password", IntegrationTest.ADMIN_PASSWORD),
                "X-Forwarded-For",
                "198.51.100.20");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginGivesTheAddressItsAttemptsBack() {
        String username = user("refill-");
        var client = ApiClient.anonymous(port);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(client.postWithHeaders(
                                        "/api/v1/auth/login",
                                        Map.of("username", username, "password", "typo-" + i),
                                        "X-Forwarded-For",
                                        "192.0.2.44")
                                .statusCode())
                        .isEqualTo(401);
            }
            assertThat(client.postWithHeaders(
                                    "/api/v1/auth/login",
                                    Map.of("username", username, "password", "Throttle-Password-1"),
                                    "X-Forwarded-For",
                                    "192.0.2.44")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void loginAttemptsShowInTheActuatorMetrics() {
        var admin = ApiClient.admin(port);
        var metric = admin.get("/actuator/metrics/storeops.login.attempts");
        assertThat(metric.status()).isEqualTo(200);
        assertThat(metric.body()).contains("outcome", "succeeded");
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        var admin = ApiClient.admin(port);
        var upper = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        "ADMIN",
                        "displayName",
                        "Impostor",
                        "password",
                        "Impostor-Password-1",
                        "roles",
                        List.of("ANALYST")));
        assertThat(upper.status()).isEqualTo(400);
        assertThat(upper.isProblem()).isTrue();
        assertThat(upper.body()).contains("username", "ignoring case");
        assertThat(admin.get("/api/v1/users").body()).doesNotContain("Impostor");
    }

    @Test
    void httpsThroughTheProxyMakesTheSessionCookieSecureAndAddsHsts() {
        var overHttps = ApiClient.anonymous(port)
                .postWithHeaders(
                        "/api/v1/auth/login",
                        Map.of("username", "admin", "password", IntegrationTest.ADMIN_PASSWORD),
                        "X-Forwarded-Proto",
                        "https");
        assertThat(overHttps.statusCode()).isEqualTo(200);
        assertThat(overHttps.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));

        var overHttp = ApiClient.anonymous(port)
                .postWithHeaders(
                        "/api/v1/auth/login", Map.of("username", "admin", "password", IntegrationTest.ADMIN_PASSWORD));
        assertThat(overHttp.statusCode()).isEqualTo(200);
        assertThat(overHttp.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private String user(String prefix) {
        String username = ApiClient.unique(prefix).toLowerCase();
        var created = ApiClient.admin(port)
                .post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "T",
                                "password",
                                "Throttle-Password-1",
                                "roles",
                                List.of("ANALYST")));
        assertThat(created.status()).isEqualTo(201);
        return username;
    }
}
