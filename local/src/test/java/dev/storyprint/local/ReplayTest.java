package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * An upload whose fingerprint invocation failed through all its retries (an outage) leaves a
 * failure record under DATA_DIR/failures/; {@code storyprint replay} re-invokes it against the same
 * data and the article gets its verdict.
 */
class ReplayTest {
    private static final long IDLE_TIMEOUT_MILLIS = 60_000;

    @Test
    void aFailedUploadIsReplayedToItsVerdict(@TempDir Path dataDir) throws Exception {
        Path template = TestTemplates.projectTemplate();
        byte[] article = Files.readAllBytes(TestTemplates.root().resolve("events/article.txt"));
        String bucket;
        String key;
        String results;
        try (EmbeddedStack stack = EmbeddedStack.start(
                new EmbeddedStack.Options(template, dataDir, 0, 1, true).withoutTriggers())) {
            bucket = stack.bucket();
            key = stack.environment().get("INCOMING_PREFIX") + "replay me+1 é.txt";
            results = stack.environment().get("RESULTS_PREFIX");
            stack.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(article));
        }

        // The upload's event meets an outage: retries spent, the record lands in failures/.
        Path outageTemplate = dataDir.resolve("outage-template.yaml");
        Files.writeString(outageTemplate, Files.readString(template).replace(
                "dev.storyprint.functions.fingerprint.FingerprintHandler",
                "dev.storyprint.local.testhandlers.OutageHandler"));
        try (LocalLambda outage = new LocalLambda(Template.load(outageTemplate).functions(), 1,
                dataDir.resolve("failures"))) {
            outage.objectCreated(bucket, key, article.length, "e", "ObjectCreated:Put");
            assertTrue(outage.awaitIdle(IDLE_TIMEOUT_MILLIS));
            assertEquals(1, outage.failures().size());
        }
        assertEquals(1, records(dataDir.resolve("failures")).size());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"replay", "--data-dir", dataDir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(Cli.EXIT_OK, status, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("replayed FingerprintFunction " + key), out.toString());
        assertEquals(List.of(), records(dataDir.resolve("failures")));
        assertEquals(1, records(dataDir.resolve("failures/replayed")).size());

        String id = ArticleIds.of(key, article);
        try (EmbeddedStack stack = EmbeddedStack.start(
                new EmbeddedStack.Options(template, dataDir, 0, 1, true).withoutTriggers())) {
            JsonNode v = Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(bucket).key(results + id + ".json"))
                    .asByteArray());
            assertEquals("original", v.get("label").asText(), v.toString());
        }
    }

    @Test
    void nothingToReplayIsNotAnError(@TempDir Path dataDir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Cli.EXIT_OK, Cli.run(new String[] {"replay", "--data-dir", dataDir.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no failure records"), err.toString());
    }

    private static List<Path> records(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).toList();
        }
    }
}
