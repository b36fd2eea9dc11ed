package dev.storyprint.bench;

import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.Envelope;
import dev.storyprint.store.FingerprintService;
import dev.storyprint.store.InMemoryObjectStore;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.memory.InMemoryArticleRepository;
import dev.storyprint.store.memory.InMemorySignatureIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a corpus through the code the functions ship, in arrival order: each item is uploaded under
 * {@code incoming/}, fingerprinted by {@link FingerprintService} and matched by {@link MatchService}
 * over in-memory stores with the DynamoDB adapters' semantics. The outcome is each article's final
 * stored verdict (after relabels and story merges by later articles).
 */
final class PipelineRun {
    /** Final state of one article after the whole run. */
    record Outcome(Item item, String articleId, Label label, String storyId, String matchedId, double confidence,
                   String rejectReason, boolean demoted, String summary, Verdict verdict) {}

    private final Engine engine;

    PipelineRun(Engine engine) {
        this.engine = engine;
    }

    List<Outcome> run(List<Item> items) {
        InMemoryObjectStore objects = new InMemoryObjectStore();
        InMemoryArticleRepository articles = new InMemoryArticleRepository();
        MatchService match = new MatchService(engine, objects, articles, new InMemorySignatureIndex(),
                StorageLayout.DEFAULT);
        // The hand-off runs the match step at once, in arrival order, as one match instance would.
        FingerprintService fingerprints = new FingerprintService(engine, objects, match::process, StorageLayout.DEFAULT);
        List<String> ids = new ArrayList<>(items.size());
        for (Item it : items) {
            String key = StorageLayout.DEFAULT.incomingPrefix() + it.id() + ".txt";
            Map<String, String> meta = new HashMap<>();
            if (it.publishedAt() != null) {
                meta.put("published-at", it.publishedAt().toString());
            }
            objects.upload(key, it.text().getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", meta);
            ids.add(fingerprints.process(key).orElseThrow().articleId());
        }
        List<Outcome> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ArticleRecord r = articles.find(ids.get(i)).orElseThrow();
            Verdict v = r.verdict();
            out.add(new Outcome(items.get(i), r.articleId(), v.label(), v.label() == Label.REJECTED ? r.articleId()
                    : v.storyId(), v.matchedArticleId(), v.confidence(), v.reason(), demoted(v),
                    v.evidence() == null ? null : v.evidence().summary(), v));
        }
        return out;
    }

    /** True when a later article took the original label away (a relabel, not a story merge). */
    static boolean demoted(Verdict v) {
        for (Verdict.LabelChange c : v.history()) {
            if (c.label() == Label.ORIGINAL && v.label() != Label.ORIGINAL) {
                return true;
            }
        }
        return false;
    }
}
