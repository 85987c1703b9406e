package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An account change reaches the user's open session at its next request: disabling, deleting, changing roles and
 * resetting the password each end the session (401) and nothing is written; API tokens stop with their owner.
 */
@IntegrationTest
class SessionRevocationApiTest {

    private static final String PASSWORD = "Session-Password-1";

    @LocalServerPort
    int port;

    @Test
    void disablingAUserEndsTheirOpenSession() {
        var admin = ApiClient.admin(port);
        var user = operationsUser(admin);
        assertThat(createCategory(user.session()).status()).isEqualTo(201);

        change(admin, user, List.of("OPERATIONS"), false);

        assertRevokedWithoutWriting(admin, user.session());
        assertThat(login(user.username(), PASSWORD)).isEqualTo(401);
    }

    @Test
    void deletingAUserEndsTheirOpenSession() {
        var admin = ApiClient.admin(port);
        var user = operationsUser(admin);
        assertThat(admin.delete("/api/v1/users/" + user.id()).status()).isEqualTo(204);

        assertRevokedWithoutWriting(admin, user.session());
    }

    @Test
    void demotingAUserEndsTheirSessionAndTheNewSessionHasOnlyTheNewRights() {
        var admin = ApiClient.admin(port);
        var user = operationsUser(admin);

        change(admin, user, List.of("ANALYST"), true);

        assertRevokedWithoutWriting(admin, user.session());
        var again = ApiClient.loggedIn(port, user.username(), PASSWORD);
        assertThat(again.get("/api/v1/auth/me").json().get("roles").toString()).isEqualTo("[\"ANALYST\"]");
        var write = createCategory(again);
        assertThat(write.status()).isEqualTo(403);
    }

    @Test
    void resettingThePasswordEndsTheOpenSessionAndOnlyTheNewPasswordLogsIn() {
        var admin = ApiClient.admin(port);
        var user = operationsUser(admin);
        assertThat(admin.put("/api/v1/users/" + user.id() + "/password", Map.of("password", "Brand-New-Password-2"))
                        .status())
                .isEqualTo(204);

        assertRevokedWithoutWriting(admin, user.session());
        assertThat(login(user.username(), PASSWORD)).isEqualTo(401);
        assertThat(login(user.username(), "Brand-New-Password-2")).isEqualTo(200);
    }

    @Test
    void renamingAUserKeepsTheirSession() {
        var admin = ApiClient.admin(port);
        var user = operationsUser(admin);
        assertThat(admin.put(
                                "/api/v1/users/" + user.id(),
                                Map.of("displayName", "Renamed", "roles", List.of("OPERATIONS"), "enabled", true))
                        .status())
                .isEqualTo(200);
        assertThat(createCategory(user.session()).status()).isEqualTo(201);
    }

    @Test
    void apiTokensStopWhenTheirOwnerIsDisabledOrDeleted() {
        var admin = ApiClient.admin(port);
        var owner = user(admin, "ADMIN");
        String disabledOwnersToken = token(owner.session());
        String deletedOwnersToken = token(owner.session());
        var integration = ApiClient.withToken(port, disabledOwnersToken);
        assertThat(integration.get("/api/v1/products?size=1").status()).isEqualTo(200);

        change(admin, owner, List.of("ADMIN"), false);
        var afterDisable = integration.get("/api/v1/products?size=1");
        assertThat(afterDisable.status()).isEqualTo(401);
        assertThat(afterDisable.isProblem()).isTrue();

        assertThat(admin.delete("/api/v1/users/" + owner.id()).status()).isEqualTo(204);
        assertThat(ApiClient.withToken(port, deletedOwnersToken)
                        .get("/api/v1/products?size=1")
                        .status())
                .isEqualTo(401);
    }

    private void assertRevokedWithoutWriting(ApiClient admin, ApiClient session) {
        String code = ApiClient.unique("revoked-").toLowerCase();
        var write = session.post("/api/v1/categories", Map.of("code", code, "nameZh", "撤销", "nameEn", "Revoked"));
        assertThat(write.status()).isEqualTo(401);
        assertThat(write.isProblem()).isTrue();
        assertThat(admin.get("/api/v1/categories").body()).doesNotContain(code);
        assertThat(session.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    private ApiClient.Response createCategory(ApiClient session) {
        String code = ApiClient.unique("sess-").toLowerCase();
        return session.post("/api/v1/categories", Map.of("code", code, "nameZh", "会话", "nameEn", "Session"));
    }

    private User operationsUser(ApiClient admin) {
        return user(admin, "OPERATIONS");
    }

    private User user(ApiClient admin, String role) {
        String username = ApiClient.unique("session-").toLowerCase();
        var created = admin.post(
                "/api/v1/users",
                Map.of("username", username, "displayName", "S", "password", PASSWORD, "roles", List.of(role)));
        assertThat(created.status()).isEqualTo(201);
        return new User(created.json().get("id").asLong(), username, ApiClient.loggedIn(port, username, PASSWORD));
    }

    private static void change(ApiClient admin, User user, List<String> roles, boolean enabled) {
        var changed =
                admin.put("/api/v1/users/" + user.id(), Map.of("displayName", "S", "roles", roles, "enabled", enabled));
        assertThat(changed.status()).isEqualTo(200);
    }

    private static String token(ApiClient owner) {
        var created = owner.post("/api/v1/api-tokens", Map.of("name", ApiClient.unique("owned-"), "role", "ANALYST"));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("token").asString();
    }

    private int login(String username, String password) {
        return ApiClient.anonymous(port)
                .post("/api/v1/auth/login", Map.of("username", username, "password", password))
                .status();
    }

    private record User(long id, String username, ApiClient session) {}
}
