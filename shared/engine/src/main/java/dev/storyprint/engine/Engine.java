package dev.storyprint.engine;

import dev.storyprint.engine.analysis.Analyzer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The detection engine's one entry point: read raw input, fingerprint an article, decide against
 * stored candidates. Stateless and thread-safe; build once and share.
 */
public final class Engine {
    /** Upper bound on {@link Fingerprint#retrievalKeys()}: one or two BatchGetItem calls. */
    public static final int MAX_RETRIEVAL_KEYS = 96;

    /** Passages and substitution pairs listed in evidence: enough to check a verdict by eye. */
    static final int EVIDENCE_ITEMS = 3;
    static final int EVIDENCE_SUBSTITUTIONS = 8;

    public static Engine standard() {
        return new Engine();
    }

    /** Extracts the article text (plain text in any common encoding, HTML, JSON) or rejects it. */
    public Reading read(Document document) {
        return dev.storyprint.engine.text.TextReader.standard().read(document);
    }

    /**
     * The analysis chain is reached here only, so a process that just decides (the match function)
     * never builds it: ~60 ms of a cold start.
     */
    public Fingerprint fingerprint(Article article) {
        return Fingerprint.of(article.id(), article.publishedAt(), Analyzer.standard().terms(article.text()));
    }

    /**
     * Decides the label of {@code incoming} (which was registered with arrival sequence
     * {@code incomingSeq}) against stored candidates. Candidates may include articles that arrived
     * later (concurrent processing): the decision for any pair is symmetric, so both sides agree
     * which one is the source (publishedAt, then spin direction, then arrival order).
     *
     * <p>The incoming article copies the candidate it matches best among those that are its
     * source; it is an original when none is. Candidates it turns out to be the source of come back
     * as {@link Decision#relabels()} when they are labelled original, or when their best match
     * among the other candidates of their story is weaker than the match with the incoming article.
     */
    public Decision decide(Fingerprint incoming, long incomingSeq, Collection<StoredArticle> candidates) {
        List<StoredArticle> others = new ArrayList<>();
        for (StoredArticle c : candidates) {
            if (!c.articleId().equals(incoming.articleId())) {
                others.add(c);
            }
        }
        PairComparison[] pairs = new PairComparison[others.size()];
        for (int i = 0; i < pairs.length; i++) {
            StoredArticle c = others.get(i);
            pairs[i] = PairComparison.compare(incoming, incomingSeq, c.fingerprint(), c.arrivalSeq());
        }
        int best = -1;
        int nearest = -1;
        List<Decision.Relabel> relabels = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            PairComparison p = pairs[i];
            if (nearest < 0 || p.margin > pairs[nearest].margin) {
                nearest = i;
            }
            if (p.kind == PairComparison.Kind.NONE) {
                continue;
            }
            boolean incomingIsSource = sourceIsIncoming(p, incoming);
            if (!incomingIsSource) {
                if (best < 0 || better(p, p.a == incoming, pairs[best], pairs[best].a == incoming)) {
                    best = i;
                }
            } else {
                StoredArticle c = others.get(i);
                if (c.label() == Label.ORIGINAL || weakerCurrentMatch(c, p, others, i)) {
                    Label newLabel = p.kind == PairComparison.Kind.SPUN ? Label.SPUN : Label.SYNDICATED;
                    relabels.add(new Decision.Relabel(c, newLabel, Calibration.confidence(p.rule.wire, p.margin), scores(p),
                            evidence(p, c.fingerprint(), incoming.articleId(), null, newLabel)));
                }
            }
        }
        Decision.Relabel root = best < 0 ? null : storyOriginalTakenOver(others.get(best), relabels);
        if (root != null) {
            // Copying a member of a story whose original copies us would close a cycle and leave the
            // story without an original: the pairwise calls disagree, and the source of the root wins.
            StoredArticle m = others.get(best);
            Evidence e = root.evidence();
            String summary = String.format(Locale.ROOT,
                    "original: source of %s, the original of its story (it also resembles that story's copy %s)",
                    root.article().articleId(), m.articleId());
            // the relabel's evidence speaks for the root: its "matched" side is us
            Evidence ev = Evidence.builder().containmentOfIncoming(e.containmentOfMatched())
                    .containmentOfMatched(e.containmentOfIncoming()).skeletonAlignment(e.skeletonAlignment())
                    .alignedAnchors(e.alignedAnchors()).direction(e.direction()).summary(summary)
                    .decidedBy(e.decidedBy()).margin(e.margin()).build();
            return new Decision(Label.ORIGINAL, null, root.confidence(), root.scores(), ev, relabels);
        }
        if (best >= 0) {
            PairComparison p = pairs[best];
            StoredArticle m = others.get(best);
            Label label = p.kind == PairComparison.Kind.SPUN ? Label.SPUN : Label.SYNDICATED;
            return new Decision(label, m, Calibration.confidence(p.rule.wire, p.margin), scores(p),
                    evidence(p, incoming, m.articleId(), m.storyId(), label), relabels);
        }
        if (nearest < 0) {
            return new Decision(Label.ORIGINAL, null, Calibration.confidence(Calibration.NO_CANDIDATE, 1.0), Scores.NONE,
                    Evidence.none("original: no stored article shares its signatures")
                            .withDecision(Calibration.NO_CANDIDATE, 1.0), relabels);
        }
        PairComparison p = pairs[nearest];
        double margin = p.kind == PairComparison.Kind.NONE ? -p.margin : 1.0;
        String summary = p.kind == PairComparison.Kind.NONE
                ? String.format(Locale.ROOT,
                        "original: nearest candidate %s below every copy threshold (containment %.2f, shared %d, skeleton %.2f, "
                                + "%d anchors, swaps %.3f (%d words))",
                        others.get(nearest).articleId(), p.containment(), p.shared, p.alignment.score, p.alignment.anchors(),
                        p.gaps.substitutionRate(), p.gaps.substituted)
                : String.format(Locale.ROOT, "original: source of %d stored cop%s", relabels.size(),
                        relabels.size() == 1 ? "y" : "ies");
        boolean incomingIsA = p.a == incoming;
        String rule = p.kind == PairComparison.Kind.NONE ? PairComparison.Rule.NONE.wire : "source of a copy";
        Evidence ev = Evidence.builder().containmentOfIncoming(incomingIsA ? p.containA : p.containB)
                .containmentOfMatched(incomingIsA ? p.containB : p.containA).skeletonAlignment(p.alignment.score)
                .alignedAnchors(p.alignment.anchors()).direction(p.kind == PairComparison.Kind.NONE ? null : p.direction)
                .summary(summary).decidedBy(rule).margin(round(margin)).build();
        return new Decision(Label.ORIGINAL, null, Calibration.confidence(rule, margin), scores(p), ev, relabels);
    }

    /**
     * Which of two possible sources of one copy is its match. Of a spun and a syndicated match, the
     * one holding clearly more of the copy's shingles: a spun copy of a source also looks
     * "syndicated" next to a trimmed syndicated copy of that source, but the source holds more of
     * it. When neither holds clearly more, the near-verbatim (syndicated) match: an article close
     * to both a source and that source's spun copy aligns "spun-like" with the copy, but it copies
     * the source. Between matches of one kind, the source that explains more of the copy; then the
     * one sharing more of the copy's shingles; then the larger margin.
     */
    static boolean better(PairComparison p, boolean copyIsAinP, PairComparison q, boolean copyIsAinQ) {
        double hp = copyIsAinP ? p.containA : p.containB;
        double hq = copyIsAinQ ? q.containA : q.containB;
        double ap = copyIsAinP ? p.alignment.coverageA : p.alignment.coverageB;
        double aq = copyIsAinQ ? q.alignment.coverageA : q.alignment.coverageB;
        if (p.kind != q.kind) {
            if (Math.abs(hp - hq) > Thresholds.COVERAGE_TIE) {
                return hp > hq;
            }
            // as much of its text in both: the one keeping more of its names (a source of which it
            // copied part and reworded the rest, not a trim of that part)...
            if (Math.abs(ap - aq) > Thresholds.COVERAGE_TIE) {
                return ap > aq;
            }
            return p.kind == PairComparison.Kind.SYNDICATED; // ...else the near-verbatim one
        }
        double cp = p.coverageOf(copyIsAinP);
        double cq = q.coverageOf(copyIsAinQ);
        if (Math.abs(cp - cq) > Thresholds.COVERAGE_TIE) {
            return cp > cq;
        }
        // the other measure: for spun matches aligning all names alike, the one sharing more verbatim
        // text is the closer relative (a sibling spun separately shares less than its source); for
        // syndicated ones holding as much text, the one keeping more of its names
        double op = p.kind == PairComparison.Kind.SYNDICATED ? ap : hp;
        double oq = q.kind == PairComparison.Kind.SYNDICATED ? aq : hq;
        if (Math.abs(op - oq) > Thresholds.COVERAGE_TIE) {
            return op > oq;
        }
        return p.margin > q.margin;
    }

    private static boolean sourceIsIncoming(PairComparison p, Fingerprint incoming) {
        return (p.a == incoming) == p.aIsSource;
    }

    /**
     * True when stored copy {@code c} matches the incoming article better (see {@link #better})
     * than any source of it among the other candidates of its story.
     */
    /** The relabel that takes over the original of {@code m}'s story, or null (see decide). */
    private static Decision.Relabel storyOriginalTakenOver(StoredArticle m, List<Decision.Relabel> relabels) {
        for (Decision.Relabel r : relabels) {
            if (m.storyId() != null && r.article().label() == Label.ORIGINAL && m.storyId().equals(r.article().storyId())) {
                return r;
            }
        }
        return null;
    }

    private static boolean weakerCurrentMatch(StoredArticle c, PairComparison withIncoming, List<StoredArticle> others,
                                              int self) {
        PairComparison current = null;
        for (int j = 0; j < others.size(); j++) {
            StoredArticle z = others.get(j);
            // z is in c's story, or is the article the story is named after while still undecided
            // (a copy decided first joins its pending source's story by the source's id)
            if (j == self || c.storyId() == null || !c.storyId().equals(z.storyId()) && !c.storyId().equals(z.articleId())) {
                continue;
            }
            PairComparison q = PairComparison.compare(c.fingerprint(), c.arrivalSeq(), z.fingerprint(), z.arrivalSeq());
            boolean zSource = (q.a == z.fingerprint()) == q.aIsSource;
            if (q.kind != PairComparison.Kind.NONE && zSource
                    && (current == null || better(q, q.a == c.fingerprint(), current, current.a == c.fingerprint()))) {
                current = q;
            }
        }
        return current == null || better(withIncoming, withIncoming.a == c.fingerprint(), current,
                current.a == c.fingerprint());
    }

    private static Scores scores(PairComparison p) {
        return new Scores(round(p.containment()), round(p.alignment.score));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Evidence seen from {@code copy}'s side: "incoming" in the record is the copy, "matched" its source. */
    private static Evidence evidence(PairComparison p, Fingerprint copy, String sourceId, String sourceStory, Label label) {
        boolean copyIsA = p.a == copy;
        Fingerprint source = copyIsA ? p.b : p.a;
        List<Evidence.Passage> passages = Passages.longest(copy, source, EVIDENCE_ITEMS);
        List<Evidence.Substitution> subs = p.gaps.top(EVIDENCE_SUBSTITUTIONS, copyIsA);
        List<Evidence.Substitution> edits = p.verbatim == null ? List.of() : p.verbatim.top(EVIDENCE_SUBSTITUTIONS, copyIsA);
        if (subs.isEmpty()) {
            subs = edits;
        }
        double cCopy = copyIsA ? p.containA : p.containB;
        double cSource = copyIsA ? p.containB : p.containA;
        String summary = label.wire() + " of " + sourceId + " (" + p.rule.wire + "): " + because(p, copyIsA, cCopy, cSource)
                + "; source: " + p.direction;
        return Evidence.builder().matchedArticleId(sourceId).matchedStoryId(sourceStory)
                .containmentOfIncoming(round(cCopy)).containmentOfMatched(round(cSource))
                .skeletonAlignment(round(p.alignment.score)).alignedAnchors(p.alignment.anchors())
                .longestPassages(passages).substitutions(subs).direction(p.direction).summary(summary).edits(edits)
                .decidedBy(p.rule.wire).margin(round(p.margin)).build();
    }

    /** The deciding rule's evidence in plain words. */
    private static String because(PairComparison p, boolean copyIsA, double cCopy, double cSource) {
        String shared = String.format(Locale.ROOT, "%.0f%% of this article's shingles in the source, %.0f%% of the "
                + "source's here; skeleton aligned %.0f%% (%d anchors)", 100 * cCopy, 100 * cSource,
                100 * p.alignment.score, p.alignment.anchors());
        String edits = p.verbatim == null ? "" : p.verbatim.edits() == 0 ? "; no edits inside its verbatim text"
                : String.format(Locale.ROOT, "; %d small edit%s inside %d verbatim words (%d swapping a different word in)",
                        p.verbatim.edits(), p.verbatim.edits() == 1 ? "" : "s", p.verbatim.alignedWords,
                        p.verbatim.lexicalSwaps);
        return switch (p.rule) {
            case SHARED_SENTENCES, SHARED_PHRASES -> String.format(Locale.ROOT,
                    "%d passages of the source's own text repeated (%d whole sentences, %d shingles holding a name or a "
                            + "number; quotes not counted); %s%s", p.narrative.passages, p.narrative.sentences,
                    p.narrative.anchored, shared, edits);
            case SWAPS -> String.format(Locale.ROOT, "%s; %d words swapped for different words (%.1f%% of aligned words)%s",
                    shared, p.gaps.lexical, 100 * p.gaps.lexicalRate(), edits);
            case PARAPHRASE -> String.format(Locale.ROOT,
                    "reworded: %.0f%% and %.0f%% of each side's names and numbers and %.0f%% and %.0f%% of its words "
                            + "are the other's (rewrite probability %.2f); skeleton aligned %.0f%%",
                    100 * p.paraphrase.namesOfA, 100 * p.paraphrase.namesOfB, 100 * p.paraphrase.wordsOfA,
                    100 * p.paraphrase.wordsOfB, p.paraphrase.probability, 100 * p.alignment.score);
            default -> shared + edits;
        };
    }
}
