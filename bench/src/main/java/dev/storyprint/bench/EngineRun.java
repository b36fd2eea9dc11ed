package dev.storyprint.bench;

import dev.storyprint.engine.Article;
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
import java.util.Objects;
import java.util.Set;

/**
 * Runs a corpus through the engine in arrival order against an in-memory store, the way the match
 * function does: candidates from an inverted index on retrieval keys, plus every article of their
 * stories; storyId = articleId of the original; relabels applied to the stored articles.
 */
final class EngineRun {
    // The candidate rules mirror dev.storyprint.store.MatchService (values copied: bench does not
    // depend on the AWS-backed storage module).
    /** Candidates read after counting shared keys (MatchService.MAX_CANDIDATES). */
    static final int MAX_CANDIDATES = 8;
    /** Shared keys needed to become a candidate (MatchService.MIN_SHARED_KEYS). */
    static final int MIN_SHARED_KEYS = 2;
    /** Story members read per candidate story, earliest first (MatchService.STORY_MEMBERS_LIMIT). */
    static final int STORY_MEMBERS_LIMIT = 8;
    /** A key shared by more articles is boilerplate and ignored (SignaturesTableSchema.POSTING_CAP). */
    static final int POSTING_CAP = 150;

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
    /** False once engine.read turned out unimplemented: articles are then built directly. */
    private boolean readAvailable = true;

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
            o.articleId = ArticleIds.of(key, bytes);
            Reading r;
            if (readAvailable) {
                try {
                    r = engine.read(new Document(bytes, "text/plain", key, meta));
                } catch (UnsupportedOperationException e) {
                    // the engine's reader is not merged yet: hand it the text as the reader would
                    readAvailable = false;
                    r = direct(o.articleId, it);
                }
            } else {
                r = direct(o.articleId, it);
            }
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
            String copyStory = d.label() == Label.ORIGINAL || d.matched() == null ? null
                    : byId.get(d.matched().articleId()) != null ? byId.get(d.matched().articleId()).storyId : d.matched().storyId();
            List<Decision.Relabel> relabels = rooted(d.relabels(), copyStory, byId);
            o.summary = d.evidence() == null ? null : d.evidence().summary();
            if (d.label() == Label.ORIGINAL || d.matched() == null) {
                o.storyId = o.articleId;
                // a source arriving late joins the existing story: story ids never change
                for (Decision.Relabel rl : relabels) {
                    Outcome target = byId.get(rl.article().articleId());
                    if (target != null) {
                        o.storyId = target.storyId;
                        break;
                    }
                }
            } else {
                o.matchedId = d.matched().articleId();
                o.storyId = byId.get(o.matchedId) != null ? byId.get(o.matchedId).storyId : d.matched().storyId();
            }
            byId.put(o.articleId, o);
            byStory.computeIfAbsent(o.storyId, k -> new ArrayList<>()).add(o);
            for (long k : fp.retrievalKeys()) {
                index.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
            }
            for (Decision.Relabel rl : relabels) {
                Outcome old = byId.get(rl.article().articleId());
                if (old == null) {
                    continue;
                }
                boolean toOriginal = rl.newLabel() == Label.ORIGINAL;
                old.label = rl.newLabel();
                old.confidence = rl.confidence();
                old.matchedId = toOriginal ? null : o.articleId;
                old.relabelled = true;
                if (!toOriginal && !old.storyId.equals(o.storyId)) {
                    // MatchService's merge rule: the relabelled article's whole story joins ours.
                    List<Outcome> merged = byStory.remove(old.storyId);
                    List<Outcome> into = byStory.computeIfAbsent(o.storyId, k -> new ArrayList<>());
                    for (Outcome m : merged) {
                        m.storyId = o.storyId;
                        into.add(m);
                    }
                }
            }
        }
        return out;
    }

    /** MatchService's rule: a copy is taken over only with its source, or within our own story. */
    private static List<Decision.Relabel> rooted(List<Decision.Relabel> relabels, String ourStory,
                                                 Map<String, Outcome> byId) {
        Set<String> kept = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Decision.Relabel r : relabels) {
                String id = r.article().articleId();
                Outcome t = byId.get(id);
                if (!kept.contains(id) && (t == null || r.newLabel() == Label.ORIGINAL || t.label == Label.ORIGINAL
                        || Objects.equals(t.storyId, ourStory) || kept.contains(t.matchedId))) {
                    kept.add(id);
                    grew = true;
                }
            }
        }
        return relabels.stream().filter(r -> kept.contains(r.article().articleId())).toList();
    }

    boolean readAvailable() {
        return readAvailable;
    }

    private static Reading direct(String articleId, Item it) {
        return new Reading.Accepted(new Article(articleId, it.text(), null, null, null, it.publishedAt()));
    }

    private static List<StoredArticle> candidates(Fingerprint fp, Map<Long, List<Outcome>> index,
                                                  Map<String, List<Outcome>> byStory) {
        Map<Outcome, Integer> hits = new HashMap<>();
        for (long k : fp.retrievalKeys()) {
            List<Outcome> posting = index.getOrDefault(k, List.of());
            if (posting.size() > POSTING_CAP) {
                continue;
            }
            for (Outcome o : posting) {
                hits.merge(o, 1, Integer::sum);
            }
        }
        List<Map.Entry<Outcome, Integer>> ranked = new ArrayList<>();
        for (Map.Entry<Outcome, Integer> e : hits.entrySet()) {
            if (e.getValue() >= MIN_SHARED_KEYS) {
                ranked.add(e);
            }
        }
        ranked.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
            : a.getKey().articleId.compareTo(b.getKey().articleId));
        Set<Outcome> found = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(MAX_CANDIDATES, ranked.size()); i++) {
            found.add(ranked.get(i).getKey());
        }
        Set<String> stories = new LinkedHashSet<>();
        for (Outcome o : found) {
            stories.add(o.storyId);
        }
        for (String story : stories) {
            List<Outcome> members = new ArrayList<>(byStory.getOrDefault(story, List.of()));
            members.sort((a, b) -> Long.compare(a.seq, b.seq));
            found.addAll(members.subList(0, Math.min(STORY_MEMBERS_LIMIT, members.size())));
        }
        List<StoredArticle> out = new ArrayList<>();
        for (Outcome o : found) {
            out.add(new StoredArticle(o.articleId, o.storyId, o.label, o.seq, o.fp));
        }
        return out;
    }
}
