package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryTest {
    private static final Fingerprint FP = Fixtures.fp("x", Fixtures.HARBOR);
    private static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");

    private final Map<String, Verdict> store = new HashMap<>();
    private final Story.Members members = store::get;

    private Verdict decided(String id, Label label, String story, String matched) {
        Verdict v = new Verdict(id, label, story, matched, 0.9, Scores.NONE, Evidence.none("e"), null,
                "incoming/" + id, null, null, null, null, NOW.minusSeconds(60), List.of());
        store.put(id, v);
        return v;
    }

    private static StoredArticle article(String id) {
        return new StoredArticle(id, null, null, 1, FP);
    }

    private static Decision.Relabel relabel(String id, Label to) {
        return new Decision.Relabel(article(id), to, 0.8, Scores.NONE, Evidence.none("copy of the newcomer"));
    }

    private static Decision original(Decision.Relabel... relabels) {
        return new Decision(Label.ORIGINAL, null, 0.9, Scores.NONE, Evidence.none("new"), List.of(relabels));
    }

    private static Decision copyOf(String source) {
        return new Decision(Label.SYNDICATED, article(source), 0.9, Scores.NONE, Evidence.none("copy"), List.of());
    }

    @Test
    void anOriginalWithNothingToTakeOverStartsItsOwnStory() {
        assertEquals("me", Story.joined("me", original(), List.of(), members));
    }

    @Test
    void aLateSourceJoinsTheStoryOfTheCopyItTakesOver() {
        decided("c1", Label.ORIGINAL, "c1", null);
        Decision d = original(relabel("c1", Label.SYNDICATED));
        List<Decision.Relabel> kept = Story.rooted(d.relabels(), null, members);
        assertEquals(1, kept.size());
        assertEquals("c1", Story.joined("src", d, kept, members), "story ids never change");
    }

    @Test
    void aCopyJoinsItsDecidedSourcesStoryOrNamesAnUndecidedSourceTentatively() {
        decided("s", Label.SYNDICATED, "story-a", "o");
        assertEquals("story-a", Story.joined("me", copyOf("s"), List.of(), members));
        assertEquals("pending", Story.joined("me", copyOf("pending"), List.of(), members));
    }

    @Test
    void aCopyInAnotherStoryIsNotTakenAloneFromItsOriginal() {
        decided("o", Label.ORIGINAL, "story-o", null);
        decided("c", Label.SYNDICATED, "story-o", "o");
        List<Decision.Relabel> kept = Story.rooted(List.of(relabel("c", Label.SPUN)), "mine", members);
        assertTrue(kept.isEmpty(), "taking c alone would leave story-o's member next to an original nobody relabelled");
    }

    @Test
    void aCopyIsTakenOverWithTheChainToItsOriginal() {
        decided("o", Label.ORIGINAL, "story-o", null);
        decided("c", Label.SYNDICATED, "story-o", "o");
        List<Decision.Relabel> kept = Story.rooted(List.of(relabel("c", Label.SPUN), relabel("o", Label.SYNDICATED)),
                "mine", members);
        assertEquals(List.of("c", "o"), kept.stream().map(r -> r.article().articleId()).toList());
    }

    @Test
    void undecidedTargetsAndCopiesInOurStoryAreKept() {
        decided("c", Label.SYNDICATED, "mine", "o");
        List<Decision.Relabel> kept = Story.rooted(List.of(relabel("c", Label.SPUN), relabel("later", Label.SPUN)),
                "mine", members);
        assertEquals(2, kept.size());
    }

    @Test
    void aRelabelIntoOurStoryMergesTheTargetsStoryFirst() {
        Verdict old = decided("c", Label.ORIGINAL, "c", null);
        Story.Relabelling step = Story.relabel(old, relabel("c", Label.SYNDICATED), "src", "story-s", NOW);
        assertEquals(new Story.MergeFirst("c", "story-s"), step);
    }

    @Test
    void aRelabelRecordsTheOldLabelAndWhy() {
        Verdict old = decided("c", Label.ORIGINAL, "story-s", null);
        Story.Relabelling step = Story.relabel(old, relabel("c", Label.SYNDICATED), "src", "story-s", NOW);
        Verdict updated = assertInstanceOf(Story.Replace.class, step).updated();
        assertEquals(Label.SYNDICATED, updated.label());
        assertEquals("src", updated.matchedArticleId());
        assertEquals(0.8, updated.confidence());
        assertEquals(1, updated.history().size());
        Verdict.LabelChange was = updated.history().get(0);
        assertEquals(Label.ORIGINAL, was.label());
        assertEquals("source src arrived: copy of the newcomer", was.why());
        assertEquals(NOW, updated.decidedAt());
    }

    @Test
    void aRelabelAlreadyStoredChangesNothing() {
        Verdict old = decided("c", Label.SYNDICATED, "story-s", "src");
        assertEquals(new Story.Unchanged(old), Story.relabel(old, relabel("c", Label.SYNDICATED), "src", "story-s", NOW));
    }

    @Test
    void aRelabelToOriginalKeepsTheTargetsStoryAndDropsItsSource() {
        Verdict old = decided("c", Label.SPUN, "story-o", "o");
        Verdict updated = assertInstanceOf(Story.Replace.class,
                Story.relabel(old, relabel("c", Label.ORIGINAL), "src", "story-s", NOW)).updated();
        assertEquals("story-o", updated.storyId());
        assertNull(updated.matchedArticleId());
    }

    @Test
    void aMergeKeepsLabelAndSourceAndLeavesANoteARedeliveryCanFind() {
        Verdict old = decided("c", Label.SPUN, "story-a", "o");
        Verdict moved = Story.moved(old, "story-a", "story-b", "source s arrived", NOW);
        assertEquals("story-b", moved.storyId());
        assertEquals(Label.SPUN, moved.label());
        assertEquals("o", moved.matchedArticleId());
        assertTrue(Story.movedBy(moved, "story-a", "story-b"));
        assertFalse(Story.movedBy(old, "story-a", "story-b"));
        assertEquals("story story-a merged into story-b: source s arrived", moved.history().get(0).why());
    }
}
