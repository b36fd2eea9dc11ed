package dev.storyprint.store;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * JSON through jackson-jr: ordered maps out, maps in. Small on purpose: the handler jars must stay
 * small, and the documents here are few and flat.
 */
public final class Json {
    /** Explicit nulls: the verdict contract has {@code "matchedArticleId": null} for originals. */
    private static final JSON JR = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES, JSON.Feature.PRESERVE_FIELD_ORDERING);

    private Json() {}

    public static String write(Map<String, ?> value) {
        try {
            return JR.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object as a map; IllegalArgumentException when the text is not a JSON object. */
    public static Map<String, Object> readObject(byte[] json) {
        try {
            Object v = JR.anyFrom(json);
            if (!(v instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            return map;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    static String text(Map<String, ?> m, String field) {
        Object v = m == null ? null : m.get(field);
        return v == null ? null : v.toString();
    }

    static double number(Map<String, ?> m, String field) {
        Object v = m == null ? null : m.get(field);
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, ?> m, String field) {
        Object v = m == null ? null : m.get(field);
        return v instanceof Map<?, ?> ? (Map<String, Object>) v : null;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, ?> m, String field) {
        Object v = m == null ? null : m.get(field);
        return v instanceof List<?> ? (List<Map<String, Object>>) v : List.of();
    }
}
