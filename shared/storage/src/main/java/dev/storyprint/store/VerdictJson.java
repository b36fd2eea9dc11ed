package dev.storyprint.store;

import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict JSON of docs/interfaces.md (results/ objects, API answers, CLI lines): the contract
 * fields first, in the documented order, then storyprint's extra fields.
 */
public final class VerdictJson {
    private VerdictJson() {}

    /** The verdict as an ordered map (a caller may put {@code file} first and write it with any JSON library). */
    public static Map<String, Object> toMap(Verdict v) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("articleId", v.articleId());
        n.put("label", v.label().wire());
        n.put("storyId", v.storyId());
        n.put("matchedArticleId", v.matchedArticleId());
        n.put("confidence", v.confidence());
        Scores s = v.scores() == null ? Scores.NONE : v.scores();
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("containment", s.containment());
        scores.put("skeleton", s.skeleton());
        n.put("scores", scores);
        n.put("evidence", evidence(v.evidence()));
        if (v.label() == Label.REJECTED) {
            n.put("reason", v.reason());
        }
        n.put("key", v.key());
        n.put("title", v.title());
        n.put("source", v.source());
        n.put("url", v.url());
        n.put("publishedAt", instant(v.publishedAt()));
        n.put("decidedAt", instant(v.decidedAt()));
        List<Object> history = new ArrayList<>();
        for (Verdict.LabelChange c : v.history()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("label", c.label().wire());
            h.put("matchedArticleId", c.matchedArticleId());
            h.put("until", instant(c.until()));
            h.put("why", c.why());
            history.add(h);
        }
        n.put("history", history);
        return n;
    }

    public static String toJson(Verdict v) {
        return Json.write(toMap(v));
    }

    public static byte[] toBytes(Verdict v) {
        return toJson(v).getBytes(StandardCharsets.UTF_8);
    }

    public static Verdict fromJson(String json) {
        return fromMap(Json.readObject(json.getBytes(StandardCharsets.UTF_8)));
    }

    public static Verdict fromMap(Map<String, Object> n) {
        Map<String, Object> s = Json.object(n, "scores");
        List<Verdict.LabelChange> history = new ArrayList<>();
        for (Map<String, Object> h : Json.objects(n, "history")) {
            history.add(new Verdict.LabelChange(Label.fromWire(Json.text(h, "label")),
                    Json.text(h, "matchedArticleId"), parseInstant(Json.text(h, "until")), Json.text(h, "why")));
        }
        return Verdict.builder()
                .articleId(Json.text(n, "articleId"))
                .label(Label.fromWire(Json.text(n, "label")))
                .storyId(Json.text(n, "storyId"))
                .matchedArticleId(Json.text(n, "matchedArticleId"))
                .confidence(Json.number(n, "confidence"))
                .scores(new Scores(Json.number(s, "containment"), Json.number(s, "skeleton")))
                .evidence(evidence(Json.object(n, "evidence")))
                .reason(Json.text(n, "reason"))
                .key(Json.text(n, "key"))
                .title(Json.text(n, "title"))
                .source(Json.text(n, "source"))
                .url(Json.text(n, "url"))
                .publishedAt(parseInstant(Json.text(n, "publishedAt")))
                .decidedAt(parseInstant(Json.text(n, "decidedAt")))
                .history(history)
                .build();
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> n = new LinkedHashMap<>();
        if (e == null) {
            return n;
        }
        n.put("summary", e.summary());
        n.put("matchedArticleId", e.matchedArticleId());
        n.put("matchedStoryId", e.matchedStoryId());
        n.put("containmentOfIncoming", e.containmentOfIncoming());
        n.put("containmentOfMatched", e.containmentOfMatched());
        n.put("skeletonAlignment", e.skeletonAlignment());
        n.put("alignedAnchors", e.alignedAnchors());
        n.put("direction", e.direction());
        List<Object> passages = new ArrayList<>();
        for (Evidence.Passage p : e.longestPassages()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("incomingStart", p.incomingStart());
            o.put("incomingEnd", p.incomingEnd());
            o.put("matchedStart", p.matchedStart());
            o.put("matchedEnd", p.matchedEnd());
            o.put("excerpt", p.excerpt());
            passages.add(o);
        }
        n.put("longestPassages", passages);
        List<Object> subs = new ArrayList<>();
        for (Evidence.Substitution sub : e.substitutions()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("from", sub.from());
            o.put("to", sub.to());
            o.put("count", sub.count());
            subs.add(o);
        }
        n.put("substitutions", subs);
        n.put("edits", substitutions(e.edits()));
        n.put("decidedBy", e.decidedBy());
        n.put("margin", e.margin());
        return n;
    }

    private static List<Object> substitutions(List<Evidence.Substitution> list) {
        List<Object> out = new ArrayList<>();
        for (Evidence.Substitution sub : list) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("from", sub.from());
            o.put("to", sub.to());
            o.put("count", sub.count());
            out.add(o);
        }
        return out;
    }

    private static Evidence evidence(Map<String, Object> n) {
        if (n == null || n.isEmpty()) {
            return null;
        }
        List<Evidence.Passage> passages = new ArrayList<>();
        for (Map<String, Object> p : Json.objects(n, "longestPassages")) {
            passages.add(new Evidence.Passage((int) Json.number(p, "incomingStart"), (int) Json.number(p, "incomingEnd"),
                    (int) Json.number(p, "matchedStart"), (int) Json.number(p, "matchedEnd"), Json.text(p, "excerpt")));
        }
        List<Evidence.Substitution> subs = new ArrayList<>();
        for (Map<String, Object> p : Json.objects(n, "substitutions")) {
            subs.add(new Evidence.Substitution(Json.text(p, "from"), Json.text(p, "to"), (int) Json.number(p, "count")));
        }
        List<Evidence.Substitution> edits = new ArrayList<>();
        for (Map<String, Object> p : Json.objects(n, "edits")) {
            edits.add(new Evidence.Substitution(Json.text(p, "from"), Json.text(p, "to"), (int) Json.number(p, "count")));
        }
        return Evidence.builder()
                .matchedArticleId(Json.text(n, "matchedArticleId"))
                .matchedStoryId(Json.text(n, "matchedStoryId"))
                .containmentOfIncoming(Json.number(n, "containmentOfIncoming"))
                .containmentOfMatched(Json.number(n, "containmentOfMatched"))
                .skeletonAlignment(Json.number(n, "skeletonAlignment"))
                .alignedAnchors((int) Json.number(n, "alignedAnchors"))
                .longestPassages(passages)
                .substitutions(subs)
                .direction(Json.text(n, "direction"))
                .summary(Json.text(n, "summary"))
                .edits(edits)
                .decidedBy(Json.text(n, "decidedBy"))
                .margin(Json.number(n, "margin"))
                .build();
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }

    private static Instant parseInstant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
