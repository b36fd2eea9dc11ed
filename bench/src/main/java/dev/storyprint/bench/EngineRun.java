package dev.storyprint.bench;

import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Decision;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.StoredArticle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a corpus through the engine in arrival order against an in-memory store, the way the match
 * function does: candidates from an inverted index on retrieval keys, plus every article of their
 * stories; storyId = articleId of the original; relabels applied to the stored articles.
 */
final class EngineRun {
    /** Candidates taken by retrieval-key hits before their stories are added (the real store's fan-out). */
    static final int TOP_CANDIDATES = 16;

    /** Final state of one article after the whole run. */
    static final class Outcome {
        final Item item;
        String articleId;
        Label label;
        String storyId;
        String matchedId;
        double confidence;
        String rejectReason;
        long seq;
        Fingerprint fp;
        boolean relabelled;
        String summary;

        Outcome(Item item) {
            this.item = item;
        }
    }

    private final Engine engine;

    EngineRun(Engine engine) {
        this.engine = engine;
    }

    List<Outcome> run(List<Item> items) {
        Map<Long, List<Outcome>> index = new HashMap<>();
        Map<String, Outcome> byId = new HashMap<>();
        Map<String, List<Outcome>> byStory = new HashMap<>();
        List<Outcome> out = new ArrayList<>();
        long seq = 0;
        for (Item it : items) {
            Outcome o = new Outcome(it);
            out.add(o);
            byte[] bytes = it.text().getBytes(StandardCharsets.UTF_8);
            String key = "incoming/" + it.id() + ".txt";
            Map<String, String> meta = new HashMap<>();
            if (it.publishedAt() != null) {
                meta.put("published-at", it.publishedAt().toString());
            }
            Reading r = engine.read(new Document(bytes, "text/plain", key, meta));
            o.articleId = ArticleIds.of(key, bytes);
            if (r instanceof Reading.Rejected rej) {
                o.label = Label.REJECTED;
                o.rejectReason = rej.code();
                o.storyId = o.articleId;
                continue;
            }
            Fingerprint fp = engine.fingerprint(((Reading.Accepted) r).article());
            o.fp = fp;
            o.seq = seq++;
            List<StoredArticle> candidates = candidates(fp, index, byStory);
            Decision d = engine.decide(fp, o.seq, candidates);
            o.label = d.label();
            o.confidence = d.confidence();
            o.summary = d.evidence() == null ? null : d.evidence().summary();
            if (d.label() == Label.ORIGINAL || d.matched() == null) {
                o.storyId = o.articleId;
            } else {
                o.matchedId = d.matched().articleId();
                o.storyId = byId.get(o.matchedId) != null ? byId.get(o.matchedId).storyId : d.matched().storyId();
            }
            byId.put(o.articleId, o);
            byStory.computeIfAbsent(o.storyId, k -> new ArrayList<>()).add(o);
            for (long k : fp.retrievalKeys()) {
                index.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
            }
            for (Decision.Relabel rl : d.relabels()) {
                Outcome old = byId.get(rl.article().articleId());
                if (old == null) {
                    continue;
                }
                String oldStory = old.storyId;
                old.label = rl.newLabel();
                old.confidence = rl.confidence();
                old.matchedId = rl.newLabel() == Label.ORIGINAL ? null : o.articleId;
                old.relabelled = true;
                if (rl.newLabel() != Label.ORIGINAL && !oldStory.equals(o.storyId)) {
                    // the old story (the relabelled article and its copies) joins the incoming one's
                    for (Outcome member : byStory.remove(oldStory)) {
                        member.storyId = o.storyId;
                        byStory.computeIfAbsent(o.storyId, k -> new ArrayList<>()).add(member);
                    }
                }
            }
        }
        return out;
    }

    private static List<StoredArticle> candidates(Fingerprint fp, Map<Long, List<Outcome>> index,
                                                  Map<String, List<Outcome>> byStory) {
        Map<Outcome, Integer> hits = new HashMap<>();
        for (long k : fp.retrievalKeys()) {
            for (Outcome o : index.getOrDefault(k, List.of())) {
                hits.merge(o, 1, Integer::sum);
            }
        }
        List<Map.Entry<Outcome, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
            : Long.compare(a.getKey().seq, b.getKey().seq));
        Set<Outcome> chosen = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            chosen.add(ranked.get(i).getKey());
        }
        Set<Outcome> withStories = new LinkedHashSet<>(chosen);
        for (Outcome o : chosen) {
            withStories.addAll(byStory.getOrDefault(o.storyId, List.of()));
        }
        List<StoredArticle> out = new ArrayList<>();
        for (Outcome o : withStories) {
            out.add(new StoredArticle(o.articleId, o.storyId, o.label, o.seq, o.fp));
        }
        return out;
    }
}
