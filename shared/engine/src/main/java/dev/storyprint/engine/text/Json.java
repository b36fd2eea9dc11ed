package dev.storyprint.engine.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Locale;

/**
 * The article envelope's JSON, read with Jackson: strict RFC 8259 (no comments, no trailing
 * content, no duplicate keys), nesting bounded by {@link Limits#MAX_JSON_DEPTH}. Errors carry our
 * own short message with the position, never the library's text.
 */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Limits.MAX_JSON_DEPTH).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    private Json() {}

    /** Thrown for any syntax error, with what went wrong and where. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    static JsonNode parse(String text) throws SyntaxError {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode root = MAPPER.readTree(parser);
            JsonLocation end = parser.currentLocation();
            if (root == null || root.isMissingNode()) {
                throw new SyntaxError("no JSON value");
            }
            if (!text.substring((int) Math.min(text.length(), end.getCharOffset())).isBlank()) {
                throw new SyntaxError("unexpected content after the JSON value" + at(end));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new SyntaxError("nesting deeper than " + Limits.MAX_JSON_DEPTH + " levels");
        } catch (JsonEOFException e) {
            throw new SyntaxError("the JSON ends before its value is complete" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            String original = e.getOriginalMessage();
            String what = original != null && original.startsWith("Duplicate field") ? "a field appears twice" : "not valid JSON";
            throw new SyntaxError(what + at(e.getLocation()));
        } catch (IOException e) {
            throw new SyntaxError("not valid JSON"); // a String source has no I/O to fail
        }
    }

    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? ""
                : String.format(Locale.ROOT, " at line %d, column %d", where.getLineNr(), where.getColumnNr());
    }
}
