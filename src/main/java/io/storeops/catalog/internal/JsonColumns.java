package io.storeops.catalog.internal;

import io.storeops.catalog.Violation;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the catalog's jsonb and array columns. */
@Component
public class JsonColumns {

    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {};

    private final JsonMapper json;

    JsonColumns(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public Map<String, String> stringMap(String column) {
        return column == null ? Map.of() : json.readValue(column, STRING_MAP);
    }

    public List<Violation> violations(String column) {
        return column == null ? List.of() : json.readValue(column, VIOLATIONS);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
