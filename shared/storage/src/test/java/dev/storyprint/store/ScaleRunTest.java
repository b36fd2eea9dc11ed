package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Engine;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.LocalAws;
import org.junit.jupiter.api.Test;

/** Per-article DynamoDB requests are bounded by construction, whatever the corpus: checked on a small one. */
class ScaleRunTest {
    /**
     * Upper bound on requests per article: GetItem + PutItem + one UpdateItem per key (plus a
     * saturation write at most per key) + counter + seq + signature batch (2 when a batch is split)
     * + candidate batch + a story query per candidate + re-reads and the verdict write.
     */
    static final int MAX_REQUESTS = 2 * Engine.MAX_RETRIEVAL_KEYS + 4 + 2 + 1 + MatchService.MAX_CANDIDATES + 8;
    /**
     * Mean without write conflicts: the keys in one TransactWriteItems plus about ten fixed reads and
     * writes (the per-key path above is only the fallback after a conflict or a full key).
     */
    static final double MAX_MEAN_REQUESTS = 16;

    @Test
    void requestsPerArticleStayBounded() {
        ScaleRun.Result r = ScaleRun.run(LocalAws.get(), 60, 9);
        System.out.print(ScaleRun.format(r));
        assertTrue(r.maxRequests() <= MAX_REQUESTS, "max " + r.maxRequests() + " > " + MAX_REQUESTS);
        assertTrue(r.perArticle().requests() <= MAX_MEAN_REQUESTS, "mean " + r.perArticle().requests());
        CapacityMeter.Usage keys = r.byOperation().get("TransactWriteItems.sig");
        assertTrue(keys != null && keys.requests() >= 1, "every article registers its keys in a transaction: " + r.byOperation());
    }
}
