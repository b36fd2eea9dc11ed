package dev.storyprint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * JSON through Jackson databind (the engine's JSON library, so already in every handler jar):
 * ordered maps out, maps in. Nulls in a map are written: the verdict contract has
 * {@code "matchedArticleId": null} for originals.
 */
public final class Json {
    /** One configured mapper for storage, the functions and their tests: thread-safe once built. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private Json() {}

    public static String write(Map<String, ?> value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object as a map; IllegalArgumentException when the text is not a JSON object. */
    public static Map<String, Object> readObject(byte[] json) {
        try {
            Map<String, Object> map = MAPPER.readValue(json, OBJECT);
            if (map == null) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return map;
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
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
