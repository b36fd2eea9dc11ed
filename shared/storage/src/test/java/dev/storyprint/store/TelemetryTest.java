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
}
