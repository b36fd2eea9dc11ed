package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Which copy is the original: the S3 metadata {@code published-at} decides when both carry it (a
 * later arrival published earlier takes over, the earlier arrival is relabelled and keeps its
 * label history, both results/ objects updated); without it, a trim wholly contained in the
 * other text is the copy, and otherwise arrival order decides.
 */
class ArrivalOrderTest {
    private static final long TIMEOUT_MILLIS = 120_000;
    private static final long POLL_MILLIS = 50;

    static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.projectTemplate()));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anEarlierPublicationArrivingLaterBecomesTheOriginal() throws Exception {
        String copy = classify("01b-council-budget-syndicated.txt", "2026-03-02T10:00:00Z");
        assertEquals("original", result(copy).get("label").asText(), "alone, the copy is an original for now");
        String source = classify("01a-council-budget-original.txt", "2026-03-01T08:00:00Z");
        assertTrue(stack.lambda().awaitIdle(TIMEOUT_MILLIS));

        JsonNode s = result(source);
        JsonNode c = result(copy);
        assertEquals("original", s.get("label").asText(), s.toString());
        assertEquals("syndicated", c.get("label").asText(), c.toString());
        assertEquals(source, c.get("matchedArticleId").asText());
        assertEquals(s.get("storyId").asText(), c.get("storyId").asText());
        JsonNode history = c.get("history");
        assertEquals(1, history.size(), c.toString());
        assertEquals("original", history.get(0).get("label").asText(), history.toString());
    }

    @Test
    void withoutPublicationTimesTheFirstArrivalIsTheOriginal() throws Exception {
        // trimmed and extended by a background paragraph: each text has plenty the other lacks
        String first = classify("04b-rate-decision-syndicated.txt", null);
        String second = classify("04a-rate-decision-original.txt", null);
        assertTrue(stack.lambda().awaitIdle(TIMEOUT_MILLIS));
        JsonNode f = result(first);
        JsonNode s = result(second);
        assertEquals("original", f.get("label").asText(), f.toString());
        assertEquals("syndicated", s.get("label").asText(), s.toString());
        assertEquals(first, s.get("matchedArticleId").asText());
        assertEquals(0, f.get("history").size(), f.toString());
    }

    @Test
    void withoutPublicationTimesAnEarlierTrimKeepsItsLabelWhenItsSourceArrives() throws Exception {
        // the copy is a trim (about two thirds) that the source wholly contains; without dates the
        // texts alone cannot say which came first, so arrival order stands and the evidence says so
        String copy = classify("03b-storm-coast-syndicated.txt", null);
        assertEquals("original", result(copy).get("label").asText(), "alone, the copy is an original");
        String source = classify("03a-storm-coast-original.txt", null);
        assertTrue(stack.lambda().awaitIdle(TIMEOUT_MILLIS));
        JsonNode s = result(source);
        JsonNode c = result(copy);
        assertEquals("original", c.get("label").asText(), c.toString());
        assertEquals(0, c.get("history").size(), "never demoted: " + c);
        assertEquals("syndicated", s.get("label").asText(), s.toString());
        assertEquals(copy, s.get("matchedArticleId").asText());
        assertEquals(c.get("storyId").asText(), s.get("storyId").asText());
        assertTrue(s.get("evidence").get("direction").asText().contains("arrival order kept"), s.toString());
    }

    /** Uploads a sample (with {@code published-at} metadata unless null), waits for its verdict, returns its id. */
    private static String classify(String sample, String publishedAt) throws Exception {
        byte[] bytes = Files.readAllBytes(TestTemplates.root().resolve("samples").resolve(sample));
        String key = stack.environment().get("INCOMING_PREFIX") + sample;
        stack.s3().putObject(b -> {
            b.bucket(stack.bucket()).key(key);
            if (publishedAt != null) {
                b.metadata(Map.of("published-at", publishedAt));
            }
        }, RequestBody.fromBytes(bytes));
        String id = ArticleIds.of(key, bytes);
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (true) {
            try {
                result(id);
                return id;
            } catch (NoSuchKeyException e) {
                assertTrue(System.currentTimeMillis() < deadline, "no verdict for " + key);
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    private static JsonNode result(String id) {
        return Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(stack.bucket())
                .key(stack.environment().get("RESULTS_PREFIX") + id + ".json")).asByteArray());
    }
}
