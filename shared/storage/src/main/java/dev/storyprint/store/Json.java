package dev.storyprint.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * JSON for the few flat documents of the pipeline: ordered maps out, maps in. Reading goes through
 * the SDK's own JSON parser (json-utils), which the DynamoDB client loads anyway, and writing is a
 * plain escaper: a second JSON library would cost its class loading in every cold start.
 * Output matches Jackson's compact form (explicit nulls, no spaces, non-ASCII kept).
 */
public final class Json {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final JsonNodeParser PARSER = JsonNode.parserBuilder().removeErrorLocations(true).build();

    private Json() {}

    public static String write(Map<String, ?> value) {
        StringBuilder sb = new StringBuilder(256);
        writeValue(sb, value);
        return sb.toString();
    }

    /** A JSON object as a map; IllegalArgumentException when the text is not a JSON object. */
    public static Map<String, Object> readObject(byte[] json) {
        if (!(read(json) instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        return map;
    }

    /** Any JSON value: Map, List, String, Integer/Long/Double, Boolean or null; IllegalArgumentException when not JSON. */
    public static Object read(byte[] json) {
        try {
            return toJava(PARSER.parse(json));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON object as a map; as {@link #readObject(byte[])}. */
    public static Map<String, Object> readObject(String json) {
        return readObject(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Object toJava(JsonNode n) {
        if (n.isNull()) {
            return null;
        }
        if (n.isString()) {
            return n.asString();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNumber()) {
            return number(n.asNumber());
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>(n.asArray().size());
            for (JsonNode e : n.asArray()) {
                out.add(toJava(e));
            }
            return out;
        }
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.asObject().entrySet()) {
                out.put(e.getKey(), toJava(e.getValue()));
            }
            return out;
        }
        throw new IllegalArgumentException("unsupported JSON node " + n);
    }

    /** Integer or Long for integral numbers, Double otherwise (as Jackson's untyped reading). */
    private static Number number(String text) {
        boolean integral = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                integral = false;
                break;
            }
        }
        if (integral) {
            try {
                long v = Long.parseLong(text);
                return v == (int) v ? (Number) (int) v : (Number) v;
            } catch (NumberFormatException e) {
                return Double.parseDouble(text); // beyond long
            }
        }
        return Double.parseDouble(text);
    }

    private static void writeValue(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof CharSequence s) {
            writeString(sb, s);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                writeString(sb, String.valueOf(e.getKey()));
                sb.append(':');
                writeValue(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Iterable<?> it) {
            sb.append('[');
            boolean first = true;
            for (Object e : it) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                writeValue(sb, e);
            }
            sb.append(']');
        } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            writeString(sb, d.toString()); // JSON has no NaN; never produced by the engine's scores
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Enum<?> e) {
            writeString(sb, e.name());
        } else {
            writeString(sb, v.toString());
        }
    }

    private static void writeString(StringBuilder sb, CharSequence s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
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
