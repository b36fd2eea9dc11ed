package dev.storyprint.engine.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) for the article envelope, so the engine needs no JSON
 * library. Objects become {@link Map}, arrays {@link List}, numbers {@link Double}. Nesting is
 * bounded by {@link Limits#MAX_JSON_DEPTH}.
 */
final class Json {
    private final String s;
    private int pos;

    private Json(String s) {
        this.s = s;
    }

    /** Thrown for any syntax error, with the offset. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message, int offset) {
            super(message + " at offset " + offset);
        }
    }

    static Object parse(String text) throws SyntaxError {
        Json p = new Json(text);
        p.skipSpace();
        Object value = p.value(0);
        p.skipSpace();
        if (p.pos != p.s.length()) {
            throw new SyntaxError("unexpected content after the JSON value", p.pos);
        }
        return value;
    }

    private Object value(int depth) throws SyntaxError {
        if (depth > Limits.MAX_JSON_DEPTH) {
            throw new SyntaxError("nesting deeper than " + Limits.MAX_JSON_DEPTH, pos);
        }
        if (pos >= s.length()) {
            throw new SyntaxError("unexpected end of input", pos);
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new SyntaxError("unexpected character '" + c + "'", pos);
        }
    }

    private Map<String, Object> object(int depth) throws SyntaxError {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw new SyntaxError("expected a string key", pos);
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new SyntaxError("expected ',' or '}'", pos - 1);
            }
        }
    }

    private List<Object> array(int depth) throws SyntaxError {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new SyntaxError("expected ',' or ']'", pos - 1);
            }
        }
    }

    private String string() throws SyntaxError {
        pos++; // opening quote
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new SyntaxError("unterminated string", pos);
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw new SyntaxError("control character in string", pos - 1);
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw new SyntaxError("unterminated escape", pos);
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"': b.append('"'); break;
                case '\\': b.append('\\'); break;
                case '/': b.append('/'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'u':
                    if (pos + 4 > s.length()) {
                        throw new SyntaxError("short \\u escape", pos);
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(s.charAt(pos++), 16);
                        if (d < 0) {
                            throw new SyntaxError("bad \\u escape", pos - 1);
                        }
                        code = code * 16 + d;
                    }
                    b.append((char) code);
                    break;
                default:
                    throw new SyntaxError("bad escape '\\" + e + "'", pos - 1);
            }
        }
    }

    private Double number() throws SyntaxError {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (!digitAt(pos)) {
            throw new SyntaxError("bad number", pos);
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else {
            while (digitAt(pos)) {
                pos++;
            }
        }
        if (peek() == '.') {
            pos++;
            if (!digitAt(pos)) {
                throw new SyntaxError("bad fraction", pos);
            }
            while (digitAt(pos)) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digitAt(pos)) {
                throw new SyntaxError("bad exponent", pos);
            }
            while (digitAt(pos)) {
                pos++;
            }
        }
        return Double.valueOf(s.substring(start, pos));
    }

    private Object literal(String word, Object value) throws SyntaxError {
        if (!s.startsWith(word, pos)) {
            throw new SyntaxError("unexpected token", pos);
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws SyntaxError {
        if (peek() != c) {
            throw new SyntaxError("expected '" + c + "'", pos);
        }
        pos++;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private boolean digitAt(int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }
}
