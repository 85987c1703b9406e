package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Walks every GET operation of the OpenAPI document and sends each of its parameters (query and path) every value of
 * one fixed junk list, the other parameters at a harmless value, logged in as admin: no answer may be a 5xx. The walk is
 * deterministic (same operations, parameters and values in the same order every run), so a failure reproduces.
 */
@IntegrationTest
class ApiFuzzTest {

    /** Junk for every parameter: empty sorts, out-of-range dates, overflowing numbers, control characters, etc. */
    static final List<String> JUNK = List.of(
            "",
            ",",
            ",,",
            " , ",
            "nope,asc",
            "updatedAt,sideways",
            "updatedAt,asc,extra",
            "\u0000",
            "a\u0000b",
            "-1",
            "0",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "1e400",
            "1.5",
            "NaN",
            "+1000000000-01-01T00:00:00Z",
            "-999999999-01-01",
            "-999999999-01-01T00:00:00Z",
            "+999999999-12-31",
            "0000-01-01T00:00:00Z",
            "2026-02-30",
            "2026-02-30T25:61:00Z",
            "1970-01-01",
            "' or 1=1 --",
            "%",
            "_",
            "\\",
            "😀",
            "x".repeat(5_000));

    @LocalServerPort
    int port;

    @Test
    void noGetEndpointAnswersAServerErrorToJunkParameters() {
        var api = ApiClient.admin(port);
        JsonNode doc = api.get("/v3/api-docs").json();
        List<Operation> operations = getOperations(doc);
        assertThat(operations).hasSizeGreaterThan(50);

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations) {
            failures.addAll(check(api, op, op.baseline()));
            sent++;
            for (Parameter parameter : op.parameters()) {
                for (String junk : JUNK) {
                    Map<String, String> values = new LinkedHashMap<>(op.baseline());
                    values.put(parameter.name(), junk);
                    failures.addAll(check(api, op, values));
                    sent++;
                }
            }
        }
        System.out.printf(
                "ApiFuzzTest: %d GET operations, %d requests, %d answered 5xx%n",
                operations.size(), sent, failures.size());
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    private List<String> check(ApiClient api, Operation op, Map<String, String> values) {
        String path = op.path();
        var query = new StringBuilder();
        for (Parameter p : op.parameters()) {
            String value = values.get(p.name());
            if (value == null) {
                continue;
            }
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", encode(value).replace("+", "%20"));
            } else {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(encode(p.name()))
                        .append('=')
                        .append(encode(value));
            }
        }
        String target = path + query;
        var response = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .timeout(Duration.ofSeconds(60))
                .GET());
        if (response.status() >= 500) {
            String body = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
            return List.of(response.status() + " GET " + abbreviate(target) + " → " + body);
        }
        return List.of();
    }

    private static List<Operation> getOperations(JsonNode doc) {
        List<Operation> operations = new ArrayList<>();
        for (var path : doc.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            List<Parameter> parameters = new ArrayList<>();
            JsonNode declared = get.get("parameters");
            if (declared != null) {
                for (JsonNode p : declared) {
                    String in = p.get("in").asString();
                    if (in.equals("query") || in.equals("path")) {
                        parameters.add(new Parameter(
                                p.get("name").asString(),
                                in,
                                in.equals("path") || p.path("required").asBoolean(false),
                                p.path("schema")));
                    }
                }
            }
            operations.add(new Operation(path.getKey(), List.copyOf(parameters)));
        }
        return operations;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String target) {
        return target.length() > 200 ? target.substring(0, 200) + "…" : target;
    }

    record Operation(String path, List<Parameter> parameters) {

        /** A harmless value for each required parameter, so junk in one parameter reaches the handler. */
        Map<String, String> baseline() {
            Map<String, String> values = new LinkedHashMap<>();
            for (Parameter p : parameters) {
                if (p.required()) {
                    values.put(p.name(), p.harmless());
                }
            }
            return values;
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {

        String harmless() {
            JsonNode values = schema.get("enum");
            if (values != null && !values.isEmpty()) {
                return values.get(0).asString();
            }
            String format = schema.path("format").asString("");
            return switch (schema.path("type").asString("string")) {
                case "integer", "number" -> "1";
                case "boolean" -> "true";
                default ->
                    switch (format) {
                        case "date-time" -> "2026-01-01T00:00:00Z";
                        case "date" -> "2026-01-01";
                        default -> "x";
                    };
            };
        }
    }
}
