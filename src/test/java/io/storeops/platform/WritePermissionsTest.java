package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A role with only read rights must not pass a write: every handler that answers anything but GET requires a
 * permission beyond {@code *:read}, checked first on the handler mappings themselves, then over HTTP as an analyst.
 */
@IntegrationTest
class WritePermissionsTest {

    /**
     * Non-GET handlers that deliberately need no write permission, each with its reason. A key ending in {@code /} is a
     * path prefix, any other key one exact mapping pattern.
     */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "/api/v1/auth/login", "logging in happens before any permission exists; throttled per user × address",
            "/api/v1/auth/logout", "ending one's own session changes nothing but that session",
            "/api/v1/pricing/quote", "prices a cart sent in the body (POST for the body); stores nothing",
            "/api/v1/promotions/check", "validates a draft promotion sent in the body without saving it",
            "/api/v1/channels/{code}/validation", "checks a listing against channel rules without saving anything",
            "/hooks/", "channel webhooks are authenticated by an HMAC signature of the body, not by a user",
            "/sim/", "the simulated marketplace checks its own app-key signatures, as a real marketplace would",
            "/error", "Spring's error page renders the error of another request and changes nothing");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyNonGetHandlerRefusesSomeoneWithEveryReadPermission() {
        var reader = UsernamePasswordAuthenticationToken.authenticated(
                "reader",
                null,
                readPermissions().stream().map(SimpleGrantedAuthority::new).toList());
        var authorization = new PreAuthorizeAuthorizationManager();
        List<String> passesWithReadOnly = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!writes(info) || excepted(info)) {
                continue;
            }
            HandlerMethod handler = entry.getValue().createWithResolvedBean();
            boolean annotated = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (!annotated) {
                unguarded.add(info.toString());
                continue;
            }
            var decision = authorization.authorize(
                    () -> reader, new SimpleMethodInvocation(handler.getBean(), handler.getMethod()));
            if (decision == null || decision.isGranted()) {
                passesWithReadOnly.add(info.toString());
            }
            checked++;
        }
        assertThat(unguarded).as("non-GET handlers without @PreAuthorize").isEmpty();
        assertThat(passesWithReadOnly)
                .as("non-GET handlers a holder of every read permission may call")
                .isEmpty();
        assertThat(checked).as("non-GET handlers checked").isGreaterThan(50);
    }

    @Test
    void theAnalystIsForbiddenEveryNonGetOperationOfTheApiDocument() {
        var admin = ApiClient.admin(port);
        String username = ApiClient.unique("analyst-walk-").toLowerCase();
        assertThat(admin.post(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        username,
                                        "displayName",
                                        "Walk",
                                        "password",
                                        "Analyst-Password-1",
                                        "roles",
                                        List.of("ANALYST")))
                        .status())
                .isEqualTo(201);
        var analyst = ApiClient.loggedIn(port, username, "Analyst-Password-1");
        var paths = admin.get("/v3/api-docs").json().get("paths");
        // 403 exactly, not merely "not 2xx": the permission is checked before the id is looked up or the body read,
        // so a placeholder id (404) or body (400) must not be what stops the analyst.
        List<String> notForbidden = new ArrayList<>();
        int sent = 0;
        for (var path : paths.properties()) {
            String url = path.getKey().replaceAll("\\{[^}]+}", "1");
            if (excepted(path.getKey())) {
                continue; // e.g. logout would end the analyst's session; the quote may answer a read-only 200
            }
            for (String method : Set.of("post", "put", "patch", "delete")) {
                if (!path.getValue().has(method)) {
                    continue;
                }
                boolean multipart = path.getValue()
                        .get(method)
                        .path("requestBody")
                        .path("content")
                        .has("multipart/form-data");
                var response = switch (method) {
                    case "post" ->
                        multipart
                                ? analyst.postMultipart(url, "placeholder.csv", "sku\n".getBytes())
                                : analyst.post(url, "{}");
                    case "put" -> analyst.put(url, "{}");
                    case "patch" -> analyst.patch(url, "{}");
                    default -> analyst.delete(url);
                };
                sent++;
                if (response.status() != 403) {
                    notForbidden.add(method.toUpperCase() + " " + url + " → " + response.status());
                }
            }
        }
        assertThat(notForbidden).isEmpty();
        assertThat(sent).as("non-GET operations sent").isGreaterThan(50);
        assertThat(analyst.get("/api/v1/auth/me").status())
                .as("the analyst was still logged in at the end")
                .isEqualTo(200);
    }

    private static boolean writes(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.stream().anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD);
    }

    private static boolean excepted(RequestMappingInfo info) {
        return info.getPatternValues().stream().allMatch(WritePermissionsTest::excepted);
    }

    private static boolean excepted(String pattern) {
        return EXCEPTIONS.keySet().stream()
                .anyMatch(key -> key.endsWith("/") ? pattern.startsWith(key) : pattern.equals(key));
    }

    private static List<String> readPermissions() {
        return Arrays.stream(Permissions.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(WritePermissionsTest::value)
                .filter(p -> p.endsWith(":read"))
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
