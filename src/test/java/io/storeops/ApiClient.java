package io.storeops;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for API tests: keeps the session cookie, sends the CSRF token back like the console does, or
 * authenticates with a bearer token like an integration.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String bearer;

    private ApiClient(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port);
    }

    /**
     * Logs in over HTTP. Logins from this process go one at a time: the login throttle admits only a few password
     * checks in flight per username × address (a success gives them back), so twenty threads logging in as admin at
     * the same instant would be throttled like a guessing attack.
     */
    public static ApiClient loggedIn(int port, String username, String password) {
        var client = new ApiClient(port);
        Response response;
        synchronized (ApiClient.class) {
            response = client.post(
                    "/api/v1/auth/login", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
        }
        if (response.status() != 200) {
            throw new IllegalStateException("Login of " + username + " failed: " + response);
        }
        return client;
    }

    public static ApiClient admin(int port) {
        return loggedIn(port, "admin", IntegrationTest.ADMIN_PASSWORD);
    }

    public static ApiClient withToken(int port, String token) {
        var client = new ApiClient(port);
        client.bearer = token;
        return client;
    }

    public int port() {
        return port;
    }

    public static JsonMapper json() {
        return JSON;
    }

    public static String unique(String prefix) {
        return prefix
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String path, String json) {
        return send(withBody(path, "POST", json));
    }

    public Response post(String path, Object body) {
        return post(path, JSON.writeValueAsString(body));
    }

    public Response put(String path, String json) {
        return send(withBody(path, "PUT", json));
    }

    public Response put(String path, Object body) {
        return put(path, JSON.writeValueAsString(body));
    }

    public Response patch(String path, String json) {
        return send(withBody(path, "PATCH", json));
    }

    public Response delete(String path) {
        return send(csrf(HttpRequest.newBuilder(uri(path)).DELETE()));
    }

    public Response postMultipart(String path, String fileName, byte[] content) {
        String boundary = "----storeops" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(csrf(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    auth(HttpRequest.newBuilder(uri(path)).GET()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(auth(request).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a JSON POST with extra headers (e.g. {@code X-Forwarded-For}) and the session's CSRF token, answering the
     * whole response with its headers.
     */
    public HttpResponse<String> postWithHeaders(String path, Object body, String... headers) {
        var request = withBody(path, "POST", JSON.writeValueAsString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(auth(request).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder withBody(String path, String method, String json) {
        return csrf(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder csrf(HttpRequest.Builder request) {
        if (bearer != null) {
            return request;
        }
        String token = xsrfCookie();
        if (token == null) {
            get("/api/v1/auth/csrf");
            token = xsrfCookie();
        }
        return token == null ? request : request.header("X-XSRF-TOKEN", token);
    }

    private HttpRequest.Builder auth(HttpRequest.Builder request) {
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    private String xsrfCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    /** A response with its status, content type and body. */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
