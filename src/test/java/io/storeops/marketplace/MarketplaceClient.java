package io.storeops.marketplace;

import io.storeops.marketplace.internal.Signatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the simulated marketplace over real HTTP, signing each request like a channel adapter will. */
final class MarketplaceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final ShopCredentials credentials;

    MarketplaceClient(int port, ShopCredentials credentials) {
        this.base = "http://localhost:" + port;
        this.credentials = credentials;
    }

    Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, "", Instant.now(), credentials.appSecret());
    }

    Response put(String path, String json) {
        return send("PUT", path, json, Instant.now(), credentials.appSecret());
    }

    Response post(String path, String json) {
        return send("POST", path, json, Instant.now(), credentials.appSecret());
    }

    Response delete(String path) {
        return send("DELETE", path, "", Instant.now(), credentials.appSecret());
    }

    Response send(String method, String pathAndQuery, String body, Instant at, String secret) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String timestamp = Long.toString(at.toEpochMilli());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-App-Key", credentials.appKey())
                .header("X-Timestamp", timestamp)
                .header("X-Signature", Signatures.sign(secret, method, path, timestamp, bytes))
                .method(
                        method,
                        bytes.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body, String retryAfter) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
