package dev.storyprint.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The story rules: which story an article joins, which relabels keep every story with one
 * original, what a relabel or a story merge does to a member's verdict. Pure: the caller supplies
 * what the store holds through {@link Members} and writes what these rules return (the match
 * function does it under its concurrency protocol; the rules never wait or write).
 *
 * <p>A story is named by its first original's article id and keeps that id for life: a source
 * that arrives after its copies joins their story; merging two stories keeps the one moved into.
 */
public final class Story {
    private Story() {}

    /** What the store holds of an article, as far as the story rules need it. */
    @FunctionalInterface
    public interface Members {
        /**
         * The article's verdict once it is decided; null when it is unknown or still undecided
         * (an undecided article registered after the caller decides itself, having seen the caller).
         */
        Verdict decided(String articleId);
    }

    /**
     * The story an article joins with its own decision. An original starts its own story unless it
     * takes over a decided member of an existing story (a source arriving late), which it then joins.
     * A copy joins its source's story; when the source is not decided yet, the source's id stands in
     * (tentative: the source sees the copy and corrects it by relabelling).
     */
    public static String joined(String self, Decision decision, List<Decision.Relabel> kept, Members members) {
        if (decision.label() == Label.ORIGINAL) {
            for (Decision.Relabel r : kept) {
                Verdict target = members.decided(r.article().articleId());
                if (target != null && target.storyId() != null) {
                    return target.storyId();
                }
            }
            return self;
        }
        String source = Objects.requireNonNull(decision.matched(), "a copy names what it copies").articleId();
        Verdict decided = members.decided(source);
        return decided != null && decided.storyId() != null ? decided.storyId() : source;
    }

    /**
     * The relabels that keep every story with one original: a decided copy is taken over only when
     * it stays in {@code ourStory}, or when the article it names is taken over too (so, through the
     * chain, its story's original). Otherwise the copy keeps its source: taking it alone would move
     * it (and, by the merge, its story) next to an original nobody relabelled. {@code ourStory} is
     * null for an original, whose story follows from the relabels kept.
     */
    public static List<Decision.Relabel> rooted(List<Decision.Relabel> relabels, String ourStory, Members members) {
        if (relabels.isEmpty()) {
            return relabels;
        }
        Map<String, Verdict> targets = new HashMap<>();
        for (Decision.Relabel r : relabels) {
            targets.put(r.article().articleId(), members.decided(r.article().articleId()));
        }
        Set<String> kept = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Decision.Relabel r : relabels) {
                String id = r.article().articleId();
                if (kept.contains(id)) {
                    continue;
                }
                Verdict t = targets.get(id);
                if (t == null || r.newLabel() == Label.ORIGINAL || t.label() == Label.ORIGINAL
                        || Objects.equals(t.storyId(), ourStory) || kept.contains(t.matchedArticleId())) {
                    kept.add(id);
                    grew = true;
                }
            }
        }
        return relabels.stream().filter(r -> kept.contains(r.article().articleId())).toList();
    }

    /** What a relabel asks of its decided target, given the target's verdict now. */
    public sealed interface Relabelling {}

    /** The target sits in another story: merge that story into {@code into} first, then look again. */
    public record MergeFirst(String from, String into) implements Relabelling {}

    /** The target already carries this label, source and story (an earlier write got there). */
    public record Unchanged(Verdict current) implements Relabelling {}

    /** Store this verdict in place of the target's. */
    public record Replace(Verdict updated) implements Relabelling {}

    /**
     * The relabel of {@code old} by article {@code sourceId} (deciding now, in story {@code storyId}).
     * A relabel to original keeps the target's story; any other takes it into ours, its old story
     * merged first so no story is left without its original. A changed label or source goes into the
     * history with why; the same label keeps its confidence, scores and evidence.
     */
    public static Relabelling relabel(Verdict old, Decision.Relabel r, String sourceId, String storyId, Instant now) {
        boolean toOriginal = r.newLabel() == Label.ORIGINAL;
        String matched = toOriginal ? null : sourceId;
        String story = toOriginal ? old.storyId() : storyId;
        if (old.storyId() != null && !old.storyId().equals(story)) {
            return new MergeFirst(old.storyId(), story);
        }
        boolean sameLabel = old.label() == r.newLabel() && Objects.equals(old.matchedArticleId(), matched);
        if (sameLabel && Objects.equals(old.storyId(), story)) {
            return new Unchanged(old);
        }
        List<Verdict.LabelChange> history = new ArrayList<>(old.history());
        if (!sameLabel) {
            Evidence e = r.evidence();
            history.add(new Verdict.LabelChange(old.label(), old.matchedArticleId(), now,
                    "source " + sourceId + " arrived" + (e != null && e.summary() != null ? ": " + e.summary() : "")));
        }
        return new Replace(old.toBuilder().label(r.newLabel()).storyId(story).matchedArticleId(matched)
                .confidence(sameLabel ? old.confidence() : r.confidence())
                .scores(sameLabel ? old.scores() : (r.scores() == null ? Scores.NONE : r.scores()))
                .evidence(sameLabel ? old.evidence() : r.evidence())
                .reason(null).decidedAt(now).history(history).build());
    }

    /**
     * A member moved by a merge of story {@code from} into {@code into}: label and source kept, the
     * merge noted in its history ({@link #mergeNote} starts the note, so a redelivery can find the
     * members an earlier attempt moved).
     */
    public static Verdict moved(Verdict old, String from, String into, String why, Instant now) {
        List<Verdict.LabelChange> history = new ArrayList<>(old.history());
        history.add(new Verdict.LabelChange(old.label(), old.matchedArticleId(), now, mergeNote(from, into) + ": " + why));
        return old.toBuilder().storyId(into).decidedAt(now).history(history).build();
    }

    /** The start of the history note a merge of {@code from} into {@code into} leaves on each member. */
    public static String mergeNote(String from, String into) {
        return "story " + from + " merged into " + into;
    }

    /** Whether {@code v} was moved by the merge of {@code from} into {@code into}. */
    public static boolean movedBy(Verdict v, String from, String into) {
        String note = mergeNote(from, into);
        return v.history().stream().anyMatch(h -> h.why() != null && h.why().startsWith(note));
    }
}
