package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Copies of one story uploaded at once, 16 functions running in parallel: exactly one original,
 * every other copy names it and joins its story.
 */
class ConcurrentCopiesTest {
    /** The figure: 16 parallel invocations, one copy more than workers. */
    private static final int WORKERS = 16;
    private static final int COPIES = WORKERS + 1;
    private static final long IDLE_TIMEOUT_MILLIS = 300_000;

    static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(new EmbeddedStack.Options(TestTemplates.projectTemplate(), null, 0, WORKERS, true));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void parallelCopiesYieldOneOriginal() throws Exception {
        byte[] bytes = Files.readAllBytes(TestTemplates.root().resolve("samples/02a-heater-recall-original.txt"));
        String prefix = stack.environment().get("INCOMING_PREFIX");
        List<String> ids = new ArrayList<>();
        ExecutorService uploaders = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                String key = prefix + "outlet-" + i + "/heater-recall.txt";
                ids.add(ArticleIds.of(key, bytes));
                puts.add(uploaders.submit(() -> stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key),
                        RequestBody.fromBytes(bytes))));
            }
            for (Future<?> f : puts) {
                f.get();
            }
        } finally {
            uploaders.shutdown();
        }
        assertTrue(stack.lambda().awaitIdle(IDLE_TIMEOUT_MILLIS), "invocations still running");
        assertTrue(stack.lambda().failures().isEmpty(), () -> "failed: " + stack.lambda().failures());

        StoreAudit audit = StoreAudit.of(stack);
        assertTrue(audit.all().isEmpty(), () -> String.join("\n", audit.all()));
        List<String> originals = ids.stream().filter(id -> "original".equals(audit.label(id))).toList();
        assertEquals(1, originals.size(), () -> "originals: " + originals);
        String original = originals.get(0);
        String story = audit.results.get(original).get("storyId").asText();
        for (String id : ids) {
            JsonNode v = audit.results.get(id);
            if (!id.equals(original)) {
                assertNotEquals("original", v.get("label").asText(), v.toString());
                assertEquals(original, v.get("matchedArticleId").asText(), v.toString());
                assertEquals(story, v.get("storyId").asText(), v.toString());
            }
        }
    }
}
