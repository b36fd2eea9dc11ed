package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Verdict spun() {
        Evidence e = new Evidence("00000000000000000001", "00000000000000000001", 0.41, 0.38, 0.87, 112,
                List.of(new Evidence.Passage(3, 19, 5, 21, "talks to relaunch")),
                List.of(new Evidence.Substitution("trade", "replace", 14)), "incoming copies matched", "spun: swaps");
        return new Verdict("00000000000000000002", Label.SPUN, "00000000000000000001", "00000000000000000001",
                0.93, new Scores(0.41, 0.87), e, null, "incoming/b.txt", "Title \"q\"", "Outlet", "https://o/x",
                Instant.parse("2019-07-09T10:00:00Z"), Instant.parse("2026-11-22T14:00:00.123Z"),
                List.of(new Verdict.LabelChange(Label.ORIGINAL, null, Instant.parse("2026-11-22T13:00:00Z"), "source arrived")));
    }

    @Test
    void contractFieldsComeFirstInDocumentedOrder() throws Exception {
        JsonNode n = MAPPER.readTree(VerdictJson.toJson(spun()));
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("articleId", "label", "storyId", "matchedArticleId", "confidence", "scores", "evidence"),
                names.subList(0, 7));
        assertEquals("spun", n.get("label").asText());
        assertEquals(0.41, n.get("scores").get("containment").asDouble());
        assertEquals(0.87, n.get("scores").get("skeleton").asDouble());
        assertFalse(n.has("reason"), "reason only for rejected");
        assertEquals("trade", n.get("evidence").get("substitutions").get(0).get("from").asText());
    }

    @Test
    void roundTripsEveryField() {
        Verdict v = spun();
        assertEquals(v, VerdictJson.fromJson(VerdictJson.toJson(v)));
    }

    @Test
    void originalHasExplicitNullMatchAndRejectedHasReason() throws Exception {
        Verdict original = new Verdict("00000000000000000003", Label.ORIGINAL, "00000000000000000003", null, 1.0,
                Scores.NONE, Evidence.none("original"), null, "incoming/c.txt", null, null, null, null,
                Instant.parse("2026-11-22T14:00:00Z"), List.of());
        JsonNode o = MAPPER.readTree(VerdictJson.toJson(original));
        assertTrue(o.has("matchedArticleId") && o.get("matchedArticleId").isNull());
        assertEquals(original, VerdictJson.fromJson(VerdictJson.toJson(original)));

        Verdict rejected = new Verdict("00000000000000000004", Label.REJECTED, null, null, 1.0, Scores.NONE,
                Evidence.none("rejected: empty"), "no text", "incoming/d.txt", null, null, null, null,
                Instant.parse("2026-11-22T14:00:00Z"), List.of());
        JsonNode r = MAPPER.readTree(VerdictJson.toJson(rejected));
        assertEquals("rejected", r.get("label").asText());
        assertEquals("no text", r.get("reason").asText());
        assertEquals(rejected, VerdictJson.fromJson(VerdictJson.toJson(rejected)));
    }
}
