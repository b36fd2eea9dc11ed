package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.LocalAws;
import org.junit.jupiter.api.Test;

/** Per-article DynamoDB requests are bounded by construction, whatever the corpus: checked on a small one. */
class ScaleRunTest {
    /**
     * Upper bound on requests per article: GetItem + PutItem + one UpdateItem per sampled key at
     * registration and at most one more per key for its story + counter + seq + signature batch
     * + candidate batch + a story query per candidate story + re-reads and the verdict write.
     */
    static final int MAX_REQUESTS = 2 * KeySample.MAX_KEYS + 4 + 2 + 1 + MatchService.MAX_CANDIDATES
            + MatchService.MAX_STORIES_BY_ID + 8;
    /**
     * Mean: the sampled keys (every skeleton key, at most 48, and about 6 wording keys), one write
     * each, a few story writes for a copy's own keys, one read of the keys before writing them,
     * plus about eight fixed reads and writes.
     */
    static final double MAX_MEAN_REQUESTS = 48;

    @Test
    void requestsPerArticleStayBounded() {
        ScaleRun.Result r = ScaleRun.run(LocalAws.get(), 60, 9);
        System.out.print(ScaleRun.format(r));
        assertTrue(r.maxRequests() <= MAX_REQUESTS, "max " + r.maxRequests() + " > " + MAX_REQUESTS);
        assertTrue(r.perArticle().requests() <= MAX_MEAN_REQUESTS, "mean " + r.perArticle().requests());
        CapacityMeter.Usage keys = r.byOperation().get("UpdateItem.sig");
        assertTrue(keys != null && keys.requests() >= 1, "every article registers its keys: " + r.byOperation());
        assertTrue(r.byOperation().keySet().stream().noneMatch(op -> op.startsWith("Transact")),
                "no transactions: " + r.byOperation());
    }
}
