package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class UsersAndAuditApiTest {

    @LocalServerPort
    int port;

    @Test
    void adminManagesUsersAndEveryChangeIsAudited() {
        var admin = ApiClient.admin(port);
        String username = ApiClient.unique("ops-").toLowerCase();
        var created = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "运营小王",
                        "password",
                        "Initial-Pass-1",
                        "roles",
                        List.of("OPERATIONS")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password", "Initial-Pass-1");
        long id = created.json().get("id").asLong();

        var updated = admin.put(
                "/api/v1/users/" + id,
                Map.of("displayName", "运营小王", "roles", List.of("OPERATIONS", "ANALYST"), "enabled", true));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/users/" + id + "/password", Map.of("password", "Changed-Pass-22"))
                        .status())
                .isEqualTo(204);
        assertThat(ApiClient.loggedIn(port, username, "Changed-Pass-22")
                        .get("/api/v1/auth/me")
                        .json()
                        .get("roles")
                        .toString())
                .contains("ANALYST", "OPERATIONS");

        JsonNode entries =
                admin.get("/api/v1/audit?entityType=user&entityId=" + id).json().get("items");
        assertThat(entries).extracting(e -> e.get("action").asString()).containsExactly("UPDATE", "UPDATE", "CREATE");
        JsonNode roleChange = entries.get(1);
        assertThat(roleChange.get("actor").asString()).isEqualTo("admin");
        assertThat(roleChange.get("before").get("roles").toString()).doesNotContain("ANALYST");
        assertThat(roleChange.get("after").get("roles").toString()).contains("ANALYST");
        assertThat(entries.toString()).doesNotContain("passwordHash", "{bcrypt}");

        assertThat(admin.delete("/api/v1/users/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/audit?entityType=user&entityId=" + id + "&action=DELETE")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void rejectsDuplicateUsernamesWeakPasswordsAndUnknownRolesWithFieldErrors() {
        var admin = ApiClient.admin(port);
        var duplicate = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        "admin",
                        "displayName",
                        "x",
                        "password",
                        "Long-Enough-1",
                        "roles",
                        List.of("ADMIN")));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString())
                .isEqualTo("username");
        assertThat(duplicate.json().get("errors").get(0).get("message").asString())
                .isEqualTo("username is already taken (ignoring case)");

        var weak = admin.post(
                "/api/v1/users",
                Map.of("username", "weak-user", "displayName", "x", "password", "short", "roles", List.of("ADMIN")));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").toString()).contains("password");
        assertThat(weak.json().get("errors").get(0).get("code").asString()).isEqualTo("platform.PASSWORD_LENGTH");
        assertThat(weak.json().get("errors").get(0).get("message").asString())
                .isEqualTo("password must be 10–128 characters");

        var badRole = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        "bad-role",
                        "displayName",
                        "x",
                        "password",
                        "Long-Enough-1",
                        "roles",
                        List.of("BOSS")));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("errors").get(0).get("field").asString()).isEqualTo("roles[0]");
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        var admin = ApiClient.admin(port);
        JsonNode users = admin.get("/api/v1/users").json();
        long adminId = -1;
        for (JsonNode u : users) {
            if (u.get("username").asString().equals("admin")) {
                adminId = u.get("id").asLong();
            }
        }
        // Tests create users of other roles only, so the seeded admin is the one enabled administrator.
        var demote = admin.put(
                "/api/v1/users/" + adminId,
                Map.of("displayName", "Administrator", "roles", List.of("ANALYST"), "enabled", true));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.isProblem()).isTrue();
        assertThat(demote.json().get("code").asString()).isEqualTo("platform.LAST_ADMIN_DEMOTED");
        assertThat(demote.json().get("detail").asString())
                .isEqualTo("The last enabled administrator cannot lose the ADMIN role");
        var delete = admin.delete("/api/v1/users/" + adminId);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().get("code").asString()).isEqualTo("platform.LAST_ADMIN_DELETED");
        assertThat(admin.get("/api/v1/auth/me").json().get("roles").toString()).contains("ADMIN");
    }

    @Test
    void auditLogFiltersByActorActionAndTime() {
        var admin = ApiClient.admin(port);
        var page = admin.get("/api/v1/audit?actor=admin&size=5&page=0").json();
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("items"))
                .allSatisfy(e -> assertThat(e.get("actor").asString()).isEqualTo("admin"));
        var future = admin.get("/api/v1/audit?from=2100-12-31T00:00:00Z").json();
        assertThat(future.get("total").asLong()).isZero();
        var badDate = admin.get("/api/v1/audit?from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }
}
