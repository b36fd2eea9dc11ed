package dev.storyprint.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checks real responses against functions/api/openapi.yaml: the schema the document declares for
 * the route and status (OpenAPI 3.1 schemas are JSON Schema 2020-12, validated by networknt).
 */
final class OpenApiContract {
    static final Path DOCUMENT = Path.of("openapi.yaml");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static JsonNode document;

    private OpenApiContract() {}

    static synchronized JsonNode document() {
        if (document == null) {
            try {
                document = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(DOCUMENT));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + DOCUMENT.toAbsolutePath(), e);
            }
        }
        return document;
    }

    /** The response is JSON, declared for this route and status, and valid against its schema. */
    static JsonNode check(Route route, APIGatewayV2HTTPResponse response) {
        String type = response.getHeaders() == null ? null : response.getHeaders().get("content-type");
        assertTrue(type != null && type.startsWith("application/json"), "JSON content type, got " + type);
        JsonNode body;
        try {
            body = JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError("response body is not JSON: " + response.getBody(), e);
        }
        Set<String> errors = violations(route, response.getStatusCode(), body);
        if (!errors.isEmpty()) {
            fail(route.routeKey() + " " + response.getStatusCode() + " does not match openapi.yaml: " + errors
                    + "\nbody: " + response.getBody());
        }
        return body;
    }

    /** What is wrong with {@code body} as the {@code status} response of {@code route} (empty: nothing). */
    static Set<String> violations(Route route, int status, JsonNode body) {
        String pointer = "/paths/" + escape(route.path()) + "/" + route.method().toLowerCase(java.util.Locale.ROOT) + "/responses/" + status;
        JsonNode response = document().at(pointer);
        if (response.isMissingNode()) {
            return Set.of("status " + status + " is not documented for " + route.routeKey());
        }
        String schemaPointer;
        if (response.has("$ref")) {
            schemaPointer = response.get("$ref").asText().substring(1) + "/content/application~1json/schema";
        } else {
            schemaPointer = pointer + "/content/application~1json/schema";
        }
        if (document().at(schemaPointer).isMissingNode()) {
            return Set.of("no application/json schema at " + schemaPointer);
        }
        ObjectNode root = ((ObjectNode) document()).deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#" + schemaPointer);
        JsonSchema schema = FACTORY.getSchema(root);
        Set<String> out = new LinkedHashSet<>();
        for (ValidationMessage m : schema.validate(body)) {
            out.add(m.getMessage());
        }
        return out;
    }

    /** JSON pointer escaping of one token: {@code /articles/{id}} -> {@code ~1articles~1{id}}. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Every route of the handler is a path + method in the document, and nothing else is. */
    static void assertDocumentsExactly(Iterable<Route> routes) {
        Set<String> documented = new LinkedHashSet<>();
        for (Iterator<String> p = document().get("paths").fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> m = document().get("paths").get(path).fieldNames(); m.hasNext(); ) {
                documented.add(m.next().toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }
        Set<String> served = new LinkedHashSet<>();
        routes.forEach(r -> served.add(r.routeKey()));
        assertEquals(served, documented);
    }
}
