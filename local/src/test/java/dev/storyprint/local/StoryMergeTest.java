package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * A late source whose copies sit in two different stories merges them: a round-up published first
 * but arriving last contains two stories' originals, A and D, each its own story; D already has a
 * syndicated copy D2 naming D. The round-up relabels A and D as its copies, so D leaves its story
 * and D2, which still names D, must follow it: one story, every copy in the story of what it names.
 */
class StoryMergeTest {
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
    void aLateSourceOfTwoStoriesMergesThemWithAllTheirMembers() throws Exception {
        byte[] council = sample("01a-council-budget-original.txt");
        byte[] heater = sample("02a-heater-recall-original.txt");
        String a = upload("council.txt", council, "2026-03-03T08:00:00Z");
        String d = upload("heater.txt", heater, "2026-03-03T09:00:00Z");
        String d2 = upload("heater-copy.txt", sample("02b-heater-recall-syndicated.txt"), "2026-03-04T09:00:00Z");
        assertNotEquals(result(a).get("storyId").asText(), result(d).get("storyId").asText(),
                "before the round-up the two articles are separate stories");
        assertEquals(d, result(d2).get("matchedArticleId").asText(), result(d2).toString());

        ByteArrayOutputStream roundUp = new ByteArrayOutputStream();
        roundUp.write(council);
        roundUp.write("\n\n".getBytes(StandardCharsets.UTF_8));
        roundUp.write(heater);
        String x = upload("round-up.txt", roundUp.toByteArray(), "2026-03-01T07:00:00Z");
        assertTrue(stack.lambda().awaitIdle(TIMEOUT_MILLIS));

        JsonNode rx = result(x);
        assertEquals("original", rx.get("label").asText(), rx.toString());
        String story = rx.get("storyId").asText();
        for (String copy : new String[] {a, d}) {
            JsonNode r = result(copy);
            assertEquals(x, r.get("matchedArticleId").asText(), r.toString());
            assertEquals(story, r.get("storyId").asText(), r.toString());
        }
        JsonNode r2 = result(d2);
        assertEquals(story, r2.get("storyId").asText(), "the copy of D follows D into the merged story: " + r2);
        assertEquals("syndicated", r2.get("label").asText(), r2.toString());
        JsonNode last = r2.get("history").get(r2.get("history").size() - 1);
        assertTrue(last.get("why").asText().contains("merged into " + story), r2.toString());

        StoreAudit audit = StoreAudit.of(stack);
        assertEquals(java.util.List.of(), audit.all());
        long inStory = audit.records.values().stream()
                .filter(i -> i.containsKey("storyId") && i.get("storyId").s().equals(story)).count();
        assertEquals(4, inStory, "round-up, both originals and the copy share one story");
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(TestTemplates.root().resolve("samples").resolve(name));
    }

    /** Uploads with {@code published-at} metadata, waits for the verdict, returns the article id. */
    private static String upload(String name, byte[] bytes, String publishedAt) throws Exception {
        String key = stack.environment().get("INCOMING_PREFIX") + "merge/" + name;
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key).metadata(Map.of("published-at", publishedAt)),
                RequestBody.fromBytes(bytes));
        String id = ArticleIds.of(key, bytes);
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (true) {
            try {
                result(id);
                assertTrue(stack.lambda().awaitIdle(TIMEOUT_MILLIS));
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
