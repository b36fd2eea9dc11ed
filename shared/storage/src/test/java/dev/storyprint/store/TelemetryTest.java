package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryTest {
    @Test
    void oneLinePerArticleIsBothLogAndEmf() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Telemetry t = new Telemetry("match", new PrintStream(buf, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC));
        t.article("00000000000000000001", "fingerprints/x.json", "rejected", null, 42, Telemetry.OUTCOME_OK);
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(1, lines.length);
        JsonNode n = new ObjectMapper().readTree(lines[0]);
        JsonNode directive = n.get("_aws").get("CloudWatchMetrics").get(0);
        assertEquals(1_700_000_000_000L, n.get("_aws").get("Timestamp").asLong());
        assertEquals("storyprint", directive.get("Namespace").asText());
        for (JsonNode m : directive.get("Metrics")) {
            // EMF: every declared metric must be a top-level member
            assertEquals(true, n.has(m.get("Name").asText()), m.toString());
        }
        for (JsonNode dims : directive.get("Dimensions")) {
            for (JsonNode d : dims) {
                assertEquals(true, n.has(d.asText()), d.toString());
            }
        }
        assertEquals(1, n.get("Rejects").asInt());
        assertEquals(42, n.get("latencyMs").asLong());
        assertEquals("ok", n.get("outcome").asText());
    }

    @Test
    void offSinkPrintsNothingAndLambdaPrintsToStdout() {
        Telemetry.forFunction("match", name -> "STORYPRINT_TELEMETRY".equals(name) ? "off" : null)
                .article("a", "k", "original", "a", 1, Telemetry.OUTCOME_OK); // must not throw
        Telemetry lambda = Telemetry.forFunction("match", name -> "AWS_LAMBDA_FUNCTION_NAME".equals(name) ? "fn" : null);
        assertEquals(System.out, lambda.sink());
    }

    @Test
    void theInvocationIsLoggedInPowertoolsFieldNames() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Telemetry t = new Telemetry("match", new PrintStream(buf, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC));
        String function = "match-" + System.nanoTime(); // a function no other test has started
        Telemetry.Invocation first = Telemetry.Invocation.start(function, "req-1", "storyprint-match", "3",
                "arn:aws:lambda:us-east-1:000000000000:function:storyprint-match:live", 1024);
        Telemetry.Invocation second = Telemetry.Invocation.start(function, "req-2", "storyprint-match", "3",
                "arn:aws:lambda:us-east-1:000000000000:function:storyprint-match:live", 1024);
        t.article(first, "00000000000000000001", "fingerprints/x.json", "original", "00000000000000000001", 12,
                Telemetry.OUTCOME_OK);
        t.article(second, null, "fingerprints/y.json", null, null, 3, Telemetry.OUTCOME_FAILED);
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        JsonNode a = new ObjectMapper().readTree(lines[0]);
        JsonNode b = new ObjectMapper().readTree(lines[1]);
        assertEquals(true, a.get("cold_start").asBoolean());
        assertEquals(false, b.get("cold_start").asBoolean());
        assertEquals("req-1", a.get("function_request_id").asText());
        assertEquals("req-2", b.get("function_request_id").asText());
        assertEquals("storyprint-match", a.get("function_name").asText());
        assertEquals(1024, a.get("function_memory_size").asInt());
        assertEquals("3", a.get("function_version").asText());
        assertEquals("storyprint", a.get("service").asText());
        assertEquals("2023-11-14T22:13:20Z", a.get("timestamp").asText());
        assertEquals("ERROR", b.get("level").asText());
        assertEquals("match failed", b.get("message").asText());
        // outside Lambda: none of the invocation fields
        t.article("x", "k", "original", "x", 1, Telemetry.OUTCOME_OK);
        assertEquals(false, new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8).split("\n")[2])
                .has("function_request_id"));
    }

    @Test
    void aProtocolEventIsOneJsonLineWithItsDetails() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Telemetry t = new Telemetry("match", new PrintStream(buf, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC));
        t.event("merge", null, Map.of("from", "a", "into", "b", "moved", 3, "why", "source s arrived"));
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(1, lines.length);
        JsonNode n = new ObjectMapper().readTree(lines[0]);
        assertEquals("merge", n.get("event").asText());
        assertEquals("match merge", n.get("message").asText());
        assertEquals(3, n.get("moved").asInt());
        assertEquals("b", n.get("into").asText());
        assertEquals("storyprint", n.get("service").asText());
    }
}
