package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.text.Limits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * An upload over the engine's document limit gets a too-large verdict from its size alone: the
 * fingerprint function never asks for its content when the event announces the size, and never
 * reads more than the limit when the event understates it; classify predicts the same id
 * without reading the file. Handlers run on the embedded stack (triggers off), their S3 calls
 * recorded by {@link CallRecorder}.
 */
class OversizeUploadTest {
    /** Five times the limit: a whole read would be plain in the byte count. */
    private static final int SIZE = 5 * Limits.MAX_DOCUMENT_BYTES;

    static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.projectTemplate()).withoutTriggers());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anUploadAnnouncedOverTheLimitIsRejectedWithoutAskingForItsContent() throws Exception {
        String key = upload("announced.txt", Map.of("title", "A very long read"));
        JsonNode verdict = runPipeline(key, SIZE);
        assertEquals("rejected", verdict.get("label").asText(), verdict.toString());
        assertTrue(verdict.get("reason").asText().contains(String.format("%,d bytes", SIZE)), verdict.toString());
        assertEquals("A very long read", verdict.get("title").asText(), "its metadata still comes through");
        assertTrue(CallRecorder.s3Operations().contains("HeadObject " + key), CallRecorder.s3Operations().toString());
        assertFalse(CallRecorder.s3Operations().contains("GetObject " + key), CallRecorder.s3Operations().toString());
    }

    @Test
    void anEventThatUnderstatesTheSizeStillReadsNoMoreThanTheLimit() throws Exception {
        String key = upload("understated.txt", Map.of());
        JsonNode verdict = runPipeline(key, 100);
        assertEquals("rejected", verdict.get("label").asText(), verdict.toString());
        long read = CallRecorder.contentRead(key);
        assertTrue(read <= Limits.MAX_DOCUMENT_BYTES + 1L, "read " + read + " bytes of a " + SIZE + "-byte object");
    }

    @Test
    void classifyPredictsTheIdWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, text());
        assertEquals(ArticleIds.ofOversize("incoming/big.txt", SIZE), Classify.articleId("incoming/big.txt", big));
    }

    private static byte[] text() {
        return "word ".repeat(SIZE / 5).getBytes(StandardCharsets.UTF_8);
    }

    private static String upload(String name, Map<String, String> metadata) {
        String key = stack.environment().get("INCOMING_PREFIX") + name;
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key).contentType("text/plain").metadata(metadata),
                RequestBody.fromBytes(text()));
        return key;
    }

    /** Both steps for the upload at {@code key}, the fingerprint step's event announcing {@code size}. */
    private static JsonNode runPipeline(String key, long size) throws Exception {
        CallRecorder.as("FingerprintFunction", () -> stack.lambda().invoke(function("FingerprintFunction"),
                S3Events.objectCreated(stack.bucket(), key, size, "", "ObjectCreated:Put")));
        String id = ArticleIds.ofOversize(key, SIZE);
        List<EmbeddedStack.HeldInvocation> sent = stack.heldInvocations();
        CallRecorder.as("MatchFunction", () -> stack.lambda().invoke(function("MatchFunction"),
                sent.get(sent.size() - 1).payload()));
        return Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(stack.bucket())
                .key(stack.environment().get("RESULTS_PREFIX") + id + ".json")).asByteArray());
    }

    private static Template.Function function(String id) {
        return stack.template().function(id).orElseThrow();
    }
}
