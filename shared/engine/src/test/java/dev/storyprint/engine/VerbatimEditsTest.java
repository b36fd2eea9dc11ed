package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbatimEditsTest {
    private static final Fingerprint HARBOR = Fixtures.fp("a", Fixtures.HARBOR);

    @Test
    void countsSwapsAndOneSidedEditsBetweenVerbatimRuns() {
        String copy = Fixtures.HARBOR.replace("promised", "pledged")
                .replace("had argued", "had long argued")
                .replace("for nearly three years", "for three years");
        VerbatimEdits e = VerbatimEdits.of(Fixtures.fp("b", copy), HARBOR);
        assertEquals(1, e.swaps);
        assertEquals(1, e.onlyA, "long: only in the copy");
        assertEquals(1, e.onlyB, "nearly: only in the source");
        assertEquals(1, e.longerA);
        assertEquals(1, e.longerB);
        assertEquals(3, e.edits());
        assertTrue(e.alignedWords > 150, "" + e.alignedWords);
        assertEquals("[3 -> nearly 3 x1, pledged -> promised x1, long argued -> argued x1]",
                e.top(8, false).toString());
    }

    @Test
    void swapsCloserThanAShingleAreCountedOneByOne() {
        // no five-word verbatim run between the two swaps
        String copy = Fixtures.HARBOR.replace("had argued that the design ignored the fishermen",
                "had claimed that the design overlooked the fishermen");
        VerbatimEdits e = VerbatimEdits.of(Fixtures.fp("b", copy), HARBOR);
        assertEquals("[claimed -> argued x1, overlooked -> ignored x1]", e.top(8, false).toString());
        assertEquals(2, e.swaps);
        assertEquals(2, e.edits());
    }

    @Test
    void aRewrittenClauseIsNotCountedAsSwaps() {
        String copy = Fixtures.HARBOR.replace("had argued that the design ignored the fishermen",
                "complained loudly about plans drawn without asking the fishermen");
        assertEquals(0, VerbatimEdits.of(Fixtures.fp("b", copy), HARBOR).edits());
    }

    @Test
    void identicalAndReorderedTextHasNoEdits() {
        assertEquals(0, VerbatimEdits.of(Fixtures.fp("b", Fixtures.HARBOR), HARBOR).edits());
        assertEquals(0, VerbatimEdits.of(Fixtures.fp("b", movedParagraph()), HARBOR).edits());
    }

    @Test
    void changedNumbersAreNotSpinnerEdits() {
        String copy = Fixtures.HARBOR.replace("48 million", "52 million").replace("about 150 workers", "about 180 workers");
        assertEquals(0, VerbatimEdits.of(Fixtures.fp("b", copy), HARBOR).edits());
    }

    @Test
    void aHandfulOfEditsInsideVerbatimTextIsAnEditedSyndicatedCopy() {
        // one word swapped and three words added ("very" is a function word: no edit), nothing cut:
        // a desk's edits, not a spinner's volume
        String copy = Fixtures.HARBOR.replace("promised", "pledged")
                .replace("the old harbor wall", "the very old harbor wall")
                .replace("serious doubts", "really serious doubts")
                .replace("pumping station", "water pumping station");
        PairComparison p = PairComparison.compare(Fixtures.fp("b", copy), 2, HARBOR, 1);
        assertNotNull(p.verbatim, p.describe());
        assertEquals(3, p.verbatim.edits(), p.describe());
        assertEquals(PairComparison.Kind.SYNDICATED, p.kind, p.describe());
        Decision d = Engine.standard().decide(Fixtures.fp("b", copy), 2,
                List.of(new StoredArticle("a", "a", Label.ORIGINAL, 1, HARBOR)));
        assertEquals(Label.SYNDICATED, d.label());
        assertTrue(d.evidence().summary().contains("3 small edits inside"), d.evidence().summary());
        assertTrue(d.evidence().substitutions().toString().contains("promised -> pledged"),
                d.evidence().substitutions().toString());
    }

    @Test
    void swapsForDifferentWordsThroughoutTheTextAreASpin() {
        String copy = Fixtures.HARBOR.replace("promised", "pledged").replace("argued", "claimed")
                .replace("ignored", "overlooked").replace("serious", "grave").replace("workers", "labourers")
                .replace("said", "stated").replace("plan", "scheme").replace("council", "authority");
        PairComparison p = PairComparison.compare(Fixtures.fp("b", copy), 2, HARBOR, 1);
        assertTrue(p.verbatim == null || p.verbatim.lexicalSwaps >= Thresholds.SPUN_MIN_VERBATIM_SWAPS, p.describe());
        assertEquals(PairComparison.Kind.SPUN, p.kind, p.describe());
    }

    @Test
    void spellingsAndInflectionsAreNotLexicalSwaps() {
        String copy = Fixtures.HARBOR.replace("harbor", "harbour").replace("promised", "promises")
                .replace("yearlong", "year-long");
        VerbatimEdits e = VerbatimEdits.of(Fixtures.fp("b", copy), HARBOR);
        assertEquals(0, e.lexicalSwaps, e.top(8, false).toString());
    }

    @Test
    void aMovedParagraphIsSyndicated() {
        PairComparison p = PairComparison.compare(Fixtures.fp("b", movedParagraph()), 2, HARBOR, 1);
        assertEquals(0, p.verbatim.edits(), p.describe());
        assertEquals(PairComparison.Kind.SYNDICATED, p.kind, p.describe());
    }

    @Test
    void aTrimmedCopyWithAMovedParagraphIsNotSpunByItsSeams() {
        List<String> c = new ArrayList<>(List.of(Fixtures.HARBOR.split("\n\n")));
        c.set(0, null);
        c.add(9, c.remove(1));
        c.removeIf(java.util.Objects::isNull);
        PairComparison p = PairComparison.compare(Fixtures.fp("b", String.join("\n\n", c)), 2, HARBOR, 1);
        assertEquals(0, p.verbatim.lexicalSwaps, p.describe());
        assertEquals(PairComparison.Kind.SYNDICATED, p.kind, p.describe());
    }

    /** HARBOR with its second paragraph moved to the tenth place, as a desk reorders a story. */
    private static String movedParagraph() {
        List<String> p = new ArrayList<>(List.of(Fixtures.HARBOR.split("\n\n")));
        p.add(9, p.remove(1));
        return String.join("\n\n", p);
    }
}
