package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.text.Limits;
import dev.storyprint.store.Envelope;
import dev.storyprint.store.StorageLayout;
import java.net.URI;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;

class LambdaMatchQueueTest {
    private static final String ID = "00000000000000000001";

    /** The longest text the engine accepts, with a news article's mix of words, names and numbers. */
    static String longestArticle() {
        SplittableRandom r = new SplittableRandom(7);
        StringBuilder sb = new StringBuilder("A headline of a very long report\n\n");
        for (int i = 1; i <= Limits.MAX_WORDS; i++) {
            int k = r.nextInt(10);
            sb.append(k < 2 ? "Name" + r.nextInt(500) : k < 3 ? Integer.toString(r.nextInt(1_000_000)) : "word" + r.nextInt(30_000));
            sb.append(i % 400 == 0 ? ".\n\n" : i % 20 == 0 ? ". " : " ");
        }
        return sb.toString();
    }

    @Test
    void theLongestArticleTheEngineTakesFitsInOneInvocation() {
        String text = longestArticle();
        Engine engine = Engine.standard();
        byte[] fp = engine.fingerprint(new Article(ID, text, null, null, null, null)).encode();
        // metadata at its bounds too (S3 keys are at most 1,024 bytes)
        Envelope e = Envelope.builder().articleId(ID).key("incoming/" + "k".repeat(1024)).title("t".repeat(Limits.MAX_TITLE_CHARS))
                .source("s".repeat(Limits.MAX_SOURCE_CHARS)).url("u".repeat(Limits.MAX_URL_CHARS)).fingerprint(fp).build();
        int size = e.toJson().length;
        assertTrue(size < LambdaMatchQueue.MAX_PAYLOAD_BYTES / 2, "envelope of " + size + " bytes");
    }

    @Test
    void anEnvelopeOverTheLimitIsRefusedBeforeAnyCall() {
        Config config = new Config("b", "a", "s", StorageLayout.DEFAULT, Config.DEFAULT_REGION,
                URI.create("http://127.0.0.1:9")); // nothing listens: a call would fail differently
        try (LambdaClient lambda = AwsClients.lambda(config)) {
            LambdaMatchQueue queue = new LambdaMatchQueue(lambda, "MatchFunction");
            Envelope huge = Envelope.builder().articleId(ID).key("incoming/x.txt")
                    .fingerprint(new byte[LambdaMatchQueue.MAX_PAYLOAD_BYTES]).build();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> queue.send(huge));
            assertTrue(e.getMessage().contains("over " + LambdaMatchQueue.MAX_PAYLOAD_BYTES), e.getMessage());
        }
    }

    @Test
    void primingInvokesInProcessWithoutAnEndpoint() {
        // an endpoint nothing listens on, and one for AWS: neither is contacted
        assertEquals(1, InvokePriming.warm(new Config("b", "a", "s", StorageLayout.DEFAULT, Config.DEFAULT_REGION,
                URI.create("http://127.0.0.1:9"))));
        assertEquals(1, InvokePriming.warm(new Config("b", "a", "s", StorageLayout.DEFAULT, "eu-west-1", null)));
    }
}
