package dev.storyprint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict JSON of docs/interfaces.md (results/ objects, API answers, CLI lines): the contract
 * fields first, in the documented order, then storyprint's extra fields.
 */
public final class VerdictJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VerdictJson() {}

    public static ObjectNode toNode(Verdict v) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("articleId", v.articleId());
        n.put("label", v.label().wire());
        n.put("storyId", v.storyId());
        n.put("matchedArticleId", v.matchedArticleId());
        n.put("confidence", v.confidence());
        Scores s = v.scores() == null ? Scores.NONE : v.scores();
        ObjectNode scores = n.putObject("scores");
        scores.put("containment", s.containment());
        scores.put("skeleton", s.skeleton());
        n.set("evidence", evidence(v.evidence()));
        if (v.label() == Label.REJECTED) {
            n.put("reason", v.reason());
        }
        n.put("key", v.key());
        n.put("title", v.title());
        n.put("source", v.source());
        n.put("url", v.url());
        n.put("publishedAt", instant(v.publishedAt()));
        n.put("decidedAt", instant(v.decidedAt()));
        ArrayNode history = n.putArray("history");
        for (Verdict.LabelChange c : v.history()) {
            ObjectNode h = history.addObject();
            h.put("label", c.label().wire());
            h.put("matchedArticleId", c.matchedArticleId());
            h.put("until", instant(c.until()));
            h.put("why", c.why());
        }
        return n;
    }

    public static String toJson(Verdict v) {
        try {
            return MAPPER.writeValueAsString(toNode(v));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] toBytes(Verdict v) {
        return toJson(v).getBytes(StandardCharsets.UTF_8);
    }

    public static Verdict fromJson(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("verdict is not JSON", e);
        }
    }

    public static Verdict fromNode(JsonNode n) {
        JsonNode s = n.path("scores");
        List<Verdict.LabelChange> history = new ArrayList<>();
        for (JsonNode h : n.path("history")) {
            history.add(new Verdict.LabelChange(Label.fromWire(h.get("label").asText()),
                    Envelope.text(h, "matchedArticleId"), parseInstant(Envelope.text(h, "until")),
                    Envelope.text(h, "why")));
        }
        return new Verdict(
                Envelope.text(n, "articleId"),
                Label.fromWire(n.get("label").asText()),
                Envelope.text(n, "storyId"),
                Envelope.text(n, "matchedArticleId"),
                n.path("confidence").asDouble(),
                new Scores(s.path("containment").asDouble(), s.path("skeleton").asDouble()),
                evidence(n.path("evidence")),
                Envelope.text(n, "reason"),
                Envelope.text(n, "key"),
                Envelope.text(n, "title"),
                Envelope.text(n, "source"),
                Envelope.text(n, "url"),
                parseInstant(Envelope.text(n, "publishedAt")),
                parseInstant(Envelope.text(n, "decidedAt")),
                history);
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode n = MAPPER.createObjectNode();
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
        ArrayNode passages = n.putArray("longestPassages");
        for (Evidence.Passage p : e.longestPassages()) {
            ObjectNode o = passages.addObject();
            o.put("incomingStart", p.incomingStart());
            o.put("incomingEnd", p.incomingEnd());
            o.put("matchedStart", p.matchedStart());
            o.put("matchedEnd", p.matchedEnd());
            o.put("excerpt", p.excerpt());
        }
        ArrayNode subs = n.putArray("substitutions");
        for (Evidence.Substitution sub : e.substitutions()) {
            ObjectNode o = subs.addObject();
            o.put("from", sub.from());
            o.put("to", sub.to());
            o.put("count", sub.count());
        }
        return n;
    }

    private static Evidence evidence(JsonNode n) {
        if (n == null || !n.isObject() || n.isEmpty()) {
            return null;
        }
        List<Evidence.Passage> passages = new ArrayList<>();
        for (JsonNode p : n.path("longestPassages")) {
            passages.add(new Evidence.Passage(p.path("incomingStart").asInt(), p.path("incomingEnd").asInt(),
                    p.path("matchedStart").asInt(), p.path("matchedEnd").asInt(), Envelope.text(p, "excerpt")));
        }
        List<Evidence.Substitution> subs = new ArrayList<>();
        for (JsonNode p : n.path("substitutions")) {
            subs.add(new Evidence.Substitution(Envelope.text(p, "from"), Envelope.text(p, "to"), p.path("count").asInt()));
        }
        return new Evidence(Envelope.text(n, "matchedArticleId"), Envelope.text(n, "matchedStoryId"),
                n.path("containmentOfIncoming").asDouble(), n.path("containmentOfMatched").asDouble(),
                n.path("skeletonAlignment").asDouble(), n.path("alignedAnchors").asInt(), passages, subs,
                Envelope.text(n, "direction"), Envelope.text(n, "summary"));
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }

    private static Instant parseInstant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
