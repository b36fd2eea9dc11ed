package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The pipeline contract on the Docker-free embedded stack (DynamoDB Local + s3proxy). */
class EmbeddedPipelineTest extends PipelineContract {
    /** A hang, not a slow run: the first article also pays the engine's warm-up. */
    private static final long RESULT_TIMEOUT_MILLIS = 120_000;

    static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.projectTemplate()));
        stack.checkTriggeredHandlers();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            assertTrue(stack.lambda().failures().isEmpty(), () -> "failed invocations: " + stack.lambda().failures());
            stack.close();
        }
    }

    @Override
    protected Stack stack() {
        return new Stack() {
            @Override
            public S3Client s3() {
                return stack.s3();
            }

            @Override
            public String bucket() {
                return stack.bucket();
            }

            @Override
            public String incomingPrefix() {
                return stack.environment().get("INCOMING_PREFIX");
            }

            @Override
            public String resultsPrefix() {
                return stack.environment().get("RESULTS_PREFIX");
            }

            @Override
            public long resultTimeoutMillis() {
                return RESULT_TIMEOUT_MILLIS;
            }
        };
    }

    @Override
    protected void awaitQuiet() throws Exception {
        assertTrue(stack.lambda().awaitIdle(RESULT_TIMEOUT_MILLIS), "invocations still running");
    }

    @Test
    @Order(10)
    void theSameEventDeliveredTwiceToBothFunctions() throws Exception {
        byte[] article = Files.readAllBytes(TestTemplates.root().resolve("events/article.txt"));
        JsonNode first = classify("twice.txt", article);
        String key = stack.environment().get("INCOMING_PREFIX") + "twice.txt";
        String id = ArticleIds.of(key, article);
        var fingerprint = stack.template().function("FingerprintFunction").orElseThrow();
        // A synchronous re-delivery on this thread, as Lambda's at-least-once delivery may do; it
        // sends the match function the same request a second time.
        stack.lambda().invoke(fingerprint, S3Events.objectCreated(stack.bucket(), key, article.length, "x",
                "ObjectCreated:Put"));
        assertTrue(stack.lambda().awaitIdle(RESULT_TIMEOUT_MILLIS));
        assertEquals(first, reread(id));
    }
}
