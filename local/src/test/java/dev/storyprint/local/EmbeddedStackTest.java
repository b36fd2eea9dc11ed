package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** The stack wires template.yaml's triggers: an upload under incoming/ ends as a result under results/. */
class EmbeddedStackTest {
    /** Generous: the echo pipeline takes milliseconds; this only bounds a hang. */
    private static final long IDLE_TIMEOUT_MILLIS = 60_000;

    @TempDir
    static Path dir;
    static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.withEchoHandlers(dir)));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void tablesComeFromTheTemplate() {
        List<String> tables = stack.dynamo().listTables().tableNames();
        assertTrue(tables.containsAll(List.of("ArticlesTable", "SignaturesTable")), tables.toString());
        var gsi = stack.dynamo().describeTable(r -> r.tableName("ArticlesTable")).table().globalSecondaryIndexes();
        assertEquals("byStory", gsi.get(0).indexName());
        assertEquals("storyprint-local-articles-000000000000", stack.bucket());
    }

    @Test
    void environmentIsResolvedToLocalNames() {
        assertEquals(stack.bucket(), System.getProperty("ARTICLES_BUCKET"));
        assertEquals("ArticlesTable", System.getProperty("ARTICLES_TABLE"));
        assertEquals("incoming/", System.getProperty("INCOMING_PREFIX"));
        assertEquals(stack.endpoint().toString(), System.getProperty("STORYPRINT_ENDPOINT_URL"));
    }

    @Test
    void uploadFlowsThroughBothFunctions() throws Exception {
        String key = "incoming/my article\u00e9.txt";
        byte[] bytes = "Some text".getBytes(StandardCharsets.UTF_8);
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key), RequestBody.fromBytes(bytes));
        assertTrue(stack.lambda().awaitIdle(IDLE_TIMEOUT_MILLIS));
        String id = ArticleIds.of(key, bytes);
        JsonNode result = Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(stack.bucket())
                .key("results/" + id + ".json")).asByteArray());
        assertEquals("original", result.get("label").asText());
        assertEquals(id, result.get("articleId").asText());
    }

    @Test
    void failingInvocationIsRetriedThenRecorded() throws Exception {
        String key = "incoming/bad.txt";
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key), RequestBody.fromString("THROW"));
        assertTrue(stack.lambda().awaitIdle(IDLE_TIMEOUT_MILLIS));
        var failure = stack.lambda().failures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        assertEquals("FingerprintFunction", failure.function());
        assertEquals(3, failure.attempts());
        assertTrue(failure.error().contains("asked to fail"), failure.error());
    }
}
