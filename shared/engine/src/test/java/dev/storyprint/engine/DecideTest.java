package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecideTest {
    private static final Engine ENGINE = Engine.standard();

    private static StoredArticle stored(Fingerprint f, Label label, long seq) {
        return new StoredArticle(f.articleId(), f.articleId(), label, seq, Fingerprint.decode(f.encode()));
    }

    @Test
    void nothingStoredIsOriginal() {
        Decision d = ENGINE.decide(Fixtures.fp("a", Fixtures.HARBOR), 1, List.of());
        assertEquals(Label.ORIGINAL, d.label());
        assertNull(d.matched());
        assertTrue(d.confidence() > 0.9);
        assertTrue(d.relabels().isEmpty());
    }

    @Test
    void trimmedCopyWithBoilerplateIsSyndicatedWithEvidence() {
        Fingerprint src = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint copy = Fixtures.fp("b", Fixtures.paragraphs(Fixtures.HARBOR, 2, 7, Fixtures.BOILERPLATE));
        Decision d = ENGINE.decide(copy, 2, List.of(stored(src, Label.ORIGINAL, 1)));
        assertEquals(Label.SYNDICATED, d.label());
        assertEquals("a", d.matched().articleId());
        Evidence e = d.evidence();
        assertEquals("a", e.matchedArticleId());
        assertTrue(e.containmentOfIncoming() > 0.75, "" + e.containmentOfIncoming());
        assertTrue(e.containmentOfMatched() < 0.6, "" + e.containmentOfMatched());
        assertFalse(e.longestPassages().isEmpty());
        Evidence.Passage p = e.longestPassages().get(0);
        assertTrue(p.incomingEnd() - p.incomingStart() >= 20);
        assertEquals(p.incomingEnd() - p.incomingStart(), p.matchedEnd() - p.matchedStart());
        assertTrue(e.summary().startsWith("syndicated of a"), e.summary());
        assertTrue(e.direction().startsWith("arrived earlier"), e.direction());
        assertTrue(d.confidence() > 0.8 && d.confidence() <= 1.0);
    }

    @Test
    void spunCopyIsSpunWithSubstitutionsFromSourceToCopy() {
        Fingerprint src = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint spun = Fixtures.fp("b", Fixtures.spin(Fixtures.HARBOR, 0.9, 5));
        Decision d = ENGINE.decide(spun, 2, List.of(stored(src, Label.ORIGINAL, 1)));
        assertEquals(Label.SPUN, d.label(), d.evidence().summary());
        assertTrue(d.scores().skeleton() > 0.9);
        assertTrue(d.scores().containment() < 0.5);
        assertTrue(d.evidence().alignedAnchors() > 30);
        Evidence.Substitution top = d.evidence().substitutions().get(0);
        assertTrue(Fixtures.TEST_SPINNER.containsKey(top.from()), top.toString());
    }

    @Test
    void sameTopicOriginalStaysOriginal() {
        Fingerprint harbor = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint festival = Fixtures.fp("b", Fixtures.FESTIVAL);
        Decision d = ENGINE.decide(festival, 2, List.of(stored(harbor, Label.ORIGINAL, 1)));
        assertEquals(Label.ORIGINAL, d.label(), d.evidence().summary());
        assertTrue(d.confidence() > 0.7, "" + d.confidence());
        // also against a spun copy of the other story
        Fingerprint spun = Fixtures.fp("c", Fixtures.spin(Fixtures.HARBOR, 0.9, 5));
        assertEquals(Label.ORIGINAL, ENGINE.decide(festival, 3, List.of(stored(spun, Label.SPUN, 2))).label());
    }

    @Test
    void theIncomingArticleItselfAmongCandidatesIsIgnored() {
        Fingerprint a = Fixtures.fp("a", Fixtures.HARBOR);
        assertEquals(Label.ORIGINAL, ENGINE.decide(a, 1, List.of(stored(a, Label.ORIGINAL, 1))).label());
    }

    @Test
    void pairDecisionIsSymmetric() {
        Fingerprint a = Fixtures.fp("a", Fixtures.HARBOR);
        Fingerprint b = Fixtures.fp("b", Fixtures.spin(Fixtures.HARBOR, 0.5, 9));
        PairComparison ab = PairComparison.compare(a, 1, b, 2);
        PairComparison ba = PairComparison.compare(b, 2, a, 1);
        assertEquals(ab.kind, ba.kind);
        assertEquals(ab.margin, ba.margin);
        assertEquals(ab.aIsSource, ba.aIsSource);
        assertSame(ab.a, ba.a);
    }

    @Test
    void earlierPublicationIsTheSourceWhateverTheArrivalOrder() {
        Instant early = Instant.parse("2026-01-01T10:00:00Z");
        Instant late = Instant.parse("2026-01-01T12:00:00Z");
        Fingerprint src = Fixtures.fp("z", Fixtures.HARBOR, early);
        Fingerprint copy = Fixtures.fp("y", Fixtures.paragraphs(Fixtures.HARBOR, 0, 8, null), late);
        // the copy arrived first and was taken for an original; the source arrives later
        Decision d = ENGINE.decide(src, 2, List.of(stored(copy, Label.ORIGINAL, 1)));
        assertEquals(Label.ORIGINAL, d.label());
        assertEquals(1, d.relabels().size());
        Decision.Relabel r = d.relabels().get(0);
        assertEquals("y", r.article().articleId());
        assertEquals(Label.SYNDICATED, r.newLabel());
        assertEquals("z", r.evidence().matchedArticleId());
        assertTrue(r.evidence().direction().startsWith("published earlier"), r.evidence().direction());
        // and the copy, decided concurrently against the source, agrees
        Decision c = ENGINE.decide(copy, 1, List.of(stored(src, Label.ORIGINAL, 2)));
        assertEquals(Label.SYNDICATED, c.label());
        assertEquals("z", c.matched().articleId());
    }

    @Test
    void aTrimArrivingBeforeItsUndatedSourceKeepsItsOriginalLabel() {
        Fingerprint trim = Fixtures.fp("q", Fixtures.paragraphs(Fixtures.HARBOR, 0, 8, null));
        Fingerprint source = Fixtures.fp("p", Fixtures.HARBOR);
        // the trim arrived first; its source arrives without dates: the texts alone cannot say which
        // came first, so the earlier arrival keeps its label and the evidence says why
        Decision d = ENGINE.decide(source, 2, List.of(stored(trim, Label.ORIGINAL, 1)));
        assertEquals(Label.SYNDICATED, d.label(), d.evidence().summary());
        assertEquals("q", d.matched().articleId());
        assertTrue(d.relabels().isEmpty());
        assertTrue(d.evidence().direction().contains("arrival order kept"), d.evidence().direction());
        // the trim, decided concurrently against its source, agrees
        Decision c = ENGINE.decide(trim, 1, List.of(stored(source, Label.ORIGINAL, 2)));
        assertEquals(Label.ORIGINAL, c.label());
    }

    @Test
    void aNearSymmetricPairWithoutDatesFollowsArrivalOrder() {
        // the second text has only one paragraph more: too little to tell copy from source
        Fingerprint first = Fixtures.fp("q", Fixtures.paragraphs(Fixtures.HARBOR, 0, 11, null));
        Fingerprint second = Fixtures.fp("p", Fixtures.HARBOR);
        Decision d = ENGINE.decide(second, 2, List.of(stored(first, Label.ORIGINAL, 1)));
        assertEquals(Label.SYNDICATED, d.label());
        assertEquals("q", d.matched().articleId());
        assertTrue(d.relabels().isEmpty());
        assertTrue(d.evidence().direction().startsWith("arrived earlier"), d.evidence().direction());
        // the same pair seen from the first one's side (had it been decided late) agrees
        Decision e = ENGINE.decide(first, 1, List.of(stored(second, Label.ORIGINAL, 2)));
        assertEquals(Label.ORIGINAL, e.label());
        assertEquals(1, e.relabels().size());
    }

    @Test
    void aShortStoryLongerByLessThanAParagraphFollowsArrivalOrder() {
        Fingerprint first = Fixtures.fp("q", Fixtures.paragraphs(Fixtures.HARBOR, 0, 2, null));
        Fingerprint second = Fixtures.fp("p", Fixtures.paragraphs(Fixtures.HARBOR, 0, 3, null));
        PairComparison p = PairComparison.compare(second, 2, first, 1);
        // contained and container by share, but the longer one has too few shingles of its own
        assertEquals(PairComparison.Kind.SYNDICATED, p.kind, p.describe());
        assertTrue(p.direction.startsWith("arrived earlier"), p.direction);
        assertEquals(Label.SYNDICATED, ENGINE.decide(second, 2, List.of(stored(first, Label.ORIGINAL, 1))).label());
    }

    @Test
    void aSpunCopyArrivingFirstIsNotDemotedWithoutDates() {
        Fingerprint spun = Fixtures.fp("a", Fixtures.spin(Fixtures.HARBOR, 1.0, 21));
        Fingerprint src = Fixtures.fp("b", Fixtures.HARBOR);
        Decision d = ENGINE.decide(src, 2, List.of(stored(spun, Label.ORIGINAL, 1)));
        assertTrue(d.relabels().isEmpty(), "spin traces never reorder articles: they point the wrong way on LLM rewrites");
        assertEquals("a", d.matched().articleId());
        // with both dates, the earlier publication is the source and the spun copy is relabelled
        Fingerprint datedSpun = Fixtures.fp("a", Fixtures.spin(Fixtures.HARBOR, 1.0, 21), Instant.parse("2026-02-02T00:00:00Z"));
        Fingerprint datedSrc = Fixtures.fp("b", Fixtures.HARBOR, Instant.parse("2026-02-01T00:00:00Z"));
        Decision e = ENGINE.decide(datedSrc, 2, List.of(stored(datedSpun, Label.ORIGINAL, 1)));
        assertEquals(Label.ORIGINAL, e.label());
        assertEquals(1, e.relabels().size());
        assertEquals(Label.SPUN, e.relabels().get(0).newLabel());
        assertTrue(e.relabels().get(0).evidence().direction().startsWith("published earlier"));
    }

    @Test
    void aLaterUndatedArticleNeverTakesOverEarlierOnes() {
        // story: s0 original (four paragraphs); c1 a spun copy of the full text, matched to s0.
        Fingerprint s0 = Fixtures.fp("s0", Fixtures.paragraphs(Fixtures.HARBOR, 0, 4, null));
        Fingerprint c1 = Fixtures.fp("c1", Fixtures.spin(Fixtures.HARBOR, 1.0, 3));
        Fingerprint full = Fixtures.fp("f2", Fixtures.HARBOR);
        StoredArticle a0 = new StoredArticle("s0", "s0", Label.ORIGINAL, 1, s0);
        StoredArticle a1 = new StoredArticle("c1", "s0", Label.SPUN, 2, c1);
        Decision d = ENGINE.decide(full, 3, List.of(a0, a1));
        // the full text holds all of s0 and is c1's likelier source, but it arrived last, undated
        assertTrue(d.relabels().isEmpty(), d.relabels().toString());
        assertTrue(d.label() != Label.ORIGINAL, d.evidence().summary());
        assertEquals("s0", d.matched().storyId());
    }

    @Test
    void aCopyOfAPendingSourceIsNotTakenOverByAnotherCopy() {
        // concurrent identical copies: o (first arrival) is still undecided; c (third) decided first
        // and joined o's story by o's id; x (second) decides now and must leave c with o
        Fingerprint o = Fixtures.fp("o", Fixtures.HARBOR);
        Fingerprint c = Fixtures.fp("c", Fixtures.HARBOR);
        Fingerprint x = Fixtures.fp("x", Fixtures.HARBOR);
        StoredArticle pending = new StoredArticle("o", null, null, 1, o);
        StoredArticle copy = new StoredArticle("c", "o", Label.SYNDICATED, 3, c);
        Decision d = ENGINE.decide(x, 2, List.of(pending, copy));
        assertTrue(d.relabels().isEmpty(), d.relabels().toString());
        assertEquals("o", d.matched().articleId());
    }

    @Test
    void aLaterDatedCopyDoesNotTakeOverAnUndatedEarlierCopy() {
        // the later full text is dated after s0 (it copies s0); c1 has no date, so arrival order
        // says c1 came first and the full text cannot be its source
        Instant early = Instant.parse("2026-01-01T10:00:00Z");
        Fingerprint s0 = Fixtures.fp("s0", Fixtures.paragraphs(Fixtures.HARBOR, 0, 4, null), early);
        Fingerprint c1 = Fixtures.fp("c1", Fixtures.spin(Fixtures.HARBOR, 1.0, 3));
        Fingerprint full = Fixtures.fp("f2", Fixtures.HARBOR, early.plusSeconds(3600));
        StoredArticle a0 = new StoredArticle("s0", "s0", Label.ORIGINAL, 1, s0);
        StoredArticle a1 = new StoredArticle("c1", "s0", Label.SPUN, 2, c1);
        Decision d = ENGINE.decide(full, 3, List.of(a0, a1));
        assertTrue(d.label() != Label.ORIGINAL);
        assertEquals("s0", d.matched().storyId());
        assertTrue(d.relabels().isEmpty());
    }

    @Test
    void spunCopyMatchesItsSourceRatherThanATrimmedSyndicatedCopyOfIt() {
        // x leaves the first four paragraphs alone and spins the rest: next to t, a syndicated copy
        // of those four paragraphs only, it looks syndicated; the full source holds more of it.
        Fingerprint s = Fixtures.fp("s", Fixtures.HARBOR);
        Fingerprint t = Fixtures.fp("t", Fixtures.paragraphs(Fixtures.HARBOR, 0, 4, null));
        String spunRest = Fixtures.spin(Fixtures.paragraphs(Fixtures.HARBOR, 4, 99, null), 1.0, 3);
        Fingerprint x = Fixtures.fp("x", Fixtures.paragraphs(Fixtures.HARBOR, 0, 4, null) + "\n\n" + spunRest);
        assertEquals(PairComparison.Kind.SYNDICATED, PairComparison.compare(x, 3, t, 2).kind);
        assertTrue(PairComparison.compare(x, 3, s, 1).kind != PairComparison.Kind.NONE);
        Decision d = ENGINE.decide(x, 3, List.of(new StoredArticle("s", "s", Label.ORIGINAL, 1, s),
                new StoredArticle("t", "s", Label.SYNDICATED, 2, t)));
        // verbatim paragraphs beside spun ones: a copy of s either way, never of the trim t
        assertTrue(d.label() != Label.ORIGINAL, d.evidence().summary());
        assertEquals("s", d.matched().articleId());
    }

    @Test
    void ofTwoSpunMatchesTheOneSharingMoreTextIsTheSource() {
        // x is a light spin of s; y, a sibling spun separately from s, aligns x's names just as well
        Fingerprint s = Fixtures.fp("s", Fixtures.HARBOR);
        Fingerprint x = Fixtures.fp("x", Fixtures.spin(Fixtures.HARBOR, 0.5, 4));
        Fingerprint y = Fixtures.fp("y", Fixtures.spin(Fixtures.HARBOR, 1.0, 14));
        PairComparison withSource = PairComparison.compare(x, 3, s, 1);
        PairComparison withSibling = PairComparison.compare(x, 3, y, 2);
        assertEquals(PairComparison.Kind.SPUN, withSource.kind);
        assertEquals(PairComparison.Kind.SPUN, withSibling.kind);
        assertTrue(Math.abs(withSource.coverageOf(withSource.a == x) - withSibling.coverageOf(withSibling.a == x))
                <= Thresholds.COVERAGE_TIE, "names align alike: coverage does not decide");
        assertTrue(Engine.better(withSource, withSource.a == x, withSibling, withSibling.a == x));
        assertFalse(Engine.better(withSibling, withSibling.a == x, withSource, withSource.a == x));
    }

    @Test
    void aFewSwapsInsideVerbatimTextAreAnEditedSyndicatedCopyNotASpin() {
        String swapped = Fixtures.HARBOR.replace("promised", "pledged").replace("ignored", "disregarded")
                .replace("welcomed", "applauded");
        PairComparison light = PairComparison.compare(Fixtures.fp("b", swapped), 2, Fixtures.fp("a", Fixtures.HARBOR), 1);
        // three swaps are a desk's edits, not a spinner's volume: listed in the evidence, labelled syndicated
        assertTrue(light.gaps.lexical < Thresholds.SPUN_MIN_SWAPS, light.describe());
        assertEquals(PairComparison.Kind.SYNDICATED, light.kind, light.describe());
        Decision d = ENGINE.decide(Fixtures.fp("b", swapped), 2, List.of(stored(Fixtures.fp("a", Fixtures.HARBOR), Label.ORIGINAL, 1)));
        assertTrue(d.evidence().substitutions().toString().contains("pledged"), d.evidence().substitutions().toString());

        // the same rewordings by an editor who also adds and cuts words here and there
        String edited = swapped.replace("voted on Tuesday", "voted late on Tuesday")
                .replace("had argued", "had long argued").replace("for nearly three years", "for three years")
                .replace("construction closely because", "construction because");
        PairComparison editor = PairComparison.compare(Fixtures.fp("b", edited), 2, Fixtures.fp("a", Fixtures.HARBOR), 1);
        assertEquals(PairComparison.Kind.SYNDICATED, editor.kind, editor.describe());
    }

    @Test
    void theSourceOfItsStoryOriginalIsThatStoryOriginalEvenWhenItLooksLikeAMemberCopy() {
        Instant early = Instant.parse("2026-01-01T10:00:00Z");
        Instant late = Instant.parse("2026-01-01T12:00:00Z");
        // story "r": its original is a spun copy published after x; one of its members is x's twin
        Fingerprint root = Fixtures.fp("r", Fixtures.spin(Fixtures.HARBOR, 0.9, 5), late);
        Fingerprint twin = Fixtures.fp("m", Fixtures.HARBOR);
        Fingerprint x = Fixtures.fp("x", Fixtures.HARBOR, early);
        List<StoredArticle> story = List.of(
                new StoredArticle("r", "r", Label.ORIGINAL, 1, Fingerprint.decode(root.encode())),
                new StoredArticle("m", "r", Label.SPUN, 2, Fingerprint.decode(twin.encode())));
        Decision d = ENGINE.decide(x, 3, story);
        // copying m while taking over r would leave story r without an original
        assertEquals(Label.ORIGINAL, d.label(), d.evidence().summary());
        assertEquals(List.of("r"), d.relabels().stream().map(r -> r.article().articleId()).toList());
        assertTrue(d.evidence().summary().contains("the original of its story"), d.evidence().summary());
    }

    @Test
    void twoParagraphsQuotedInsideAnotherStoryAreNotACopy() {
        String[] h = Fixtures.HARBOR.split("\n\n");
        String other = String.join("\n\n", Fixtures.filler(40, 3), h[2], h[3], Fixtures.filler(80, 4));
        PairComparison p = PairComparison.compare(Fixtures.fp("b", other), 2, Fixtures.fp("a", Fixtures.HARBOR), 1);
        // the quoted names align perfectly and enough surface is shared for the skeleton rule...
        assertTrue(p.alignment.score >= Thresholds.SYNDICATED_MIN_SKELETON, p.describe());
        assertTrue(p.containment() >= Thresholds.SYNDICATED_SKELETON_MIN_CONTAINMENT, p.describe());
        assertTrue(p.containment() < Thresholds.SYNDICATED_MIN_CONTAINMENT, p.describe());
        // ...but the alignment spans only the quoted passage
        assertTrue(p.alignedShare() < Thresholds.SYNDICATED_SKELETON_MIN_ALIGNED, "" + p.alignedShare());
        assertEquals(PairComparison.Kind.NONE, p.kind, p.describe());
    }

    @Test
    void aParagraphGraftedInsideAnotherStoryIsNotACopyWhileTwoArePartOfOne() {
        String[] h = Fixtures.HARBOR.split("\n\n");
        String one = h[2].replace("calls for", "asks for");
        String other = String.join("\n\n", Fixtures.filler(40, 3), one, Fixtures.filler(80, 4));
        PairComparison p = PairComparison.compare(Fixtures.fp("b", other), 2, Fixtures.fp("a", Fixtures.HARBOR), 1);
        // one shared passage: a background paragraph or standard header, not a copy
        assertEquals(PairComparison.Kind.NONE, p.kind, p.describe());
        // the story's own narrative repeated in two places is a partial copy, and a few swaps do not make it spun
        String two = (h[2] + "\n\n" + h[3]).replace("calls for", "asks for").replace("argued", "claimed");
        String grafted = String.join("\n\n", Fixtures.filler(40, 3), two, Fixtures.filler(80, 4));
        PairComparison q = PairComparison.compare(Fixtures.fp("c", grafted), 2, Fixtures.fp("a", Fixtures.HARBOR), 1);
        assertTrue(q.kind != PairComparison.Kind.SPUN, q.describe());
    }

    @Test
    void confidenceIsMonotoneInTheMarginAndAProbability() {
        for (PairComparison.Rule rule : PairComparison.Rule.values()) {
            double previous = -1;
            for (double m = -2; m <= 4; m += 0.05) {
                double c = Calibration.confidence(rule.wire, m);
                assertTrue(c >= previous && c > 0 && c < 1.0, rule + " at " + m + ": " + c);
                previous = c;
            }
        }
        assertTrue(Calibration.knows(PairComparison.Rule.SHARED_TEXT.wire), "the fitted table is on the classpath");
    }
}
