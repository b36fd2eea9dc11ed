package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders of the wide records set each field by name and change nothing else. */
class RecordBuildersTest {
    private static final Evidence EVIDENCE = new Evidence("m", "s", 0.1, 0.2, 0.3, 4,
            List.of(new Evidence.Passage(0, 5, 1, 6, "x")), List.of(new Evidence.Substitution("a", "b", 2)), "dir",
            "summary", List.of(new Evidence.Substitution("c", "d", 1)), "shared text", 0.5);
    private static final Verdict VERDICT = new Verdict("id", Label.SPUN, "story", "m", 0.9, new Scores(0.1, 0.7),
            EVIDENCE, null, "incoming/x.txt", "t", "src", "u", Instant.EPOCH, Instant.ofEpochSecond(9),
            List.of(new Verdict.LabelChange(Label.ORIGINAL, null, Instant.EPOCH, "why")));

    @Test
    void builderSetsEveryFieldByName() {
        assertEquals(EVIDENCE, Evidence.builder().matchedArticleId("m").matchedStoryId("s").containmentOfIncoming(0.1)
                .containmentOfMatched(0.2).skeletonAlignment(0.3).alignedAnchors(4)
                .longestPassages(List.of(new Evidence.Passage(0, 5, 1, 6, "x")))
                .substitutions(List.of(new Evidence.Substitution("a", "b", 2))).direction("dir").summary("summary")
                .edits(List.of(new Evidence.Substitution("c", "d", 1))).decidedBy("shared text").margin(0.5).build());
        assertEquals(VERDICT, Verdict.builder().articleId("id").label(Label.SPUN).storyId("story").matchedArticleId("m")
                .confidence(0.9).scores(new Scores(0.1, 0.7)).evidence(EVIDENCE).key("incoming/x.txt").title("t")
                .source("src").url("u").publishedAt(Instant.EPOCH).decidedAt(Instant.ofEpochSecond(9))
                .history(List.of(new Verdict.LabelChange(Label.ORIGINAL, null, Instant.EPOCH, "why"))).build());
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        assertEquals(VERDICT, VERDICT.toBuilder().build());
        assertEquals(EVIDENCE, EVIDENCE.toBuilder().build());
        Verdict relabelled = VERDICT.toBuilder().label(Label.ORIGINAL).matchedArticleId(null).build();
        assertEquals(Label.ORIGINAL, relabelled.label());
        assertEquals(null, relabelled.matchedArticleId());
        assertEquals(VERDICT.history(), relabelled.history());
        assertEquals(EVIDENCE.edits(), EVIDENCE.withDecision("paraphrase", 0.2).edits());
    }

    @Test
    void unsetFieldsAreEmpty() {
        assertEquals(new Evidence(null, null, 0, 0, 0, 0, List.of(), List.of(), null, "s", List.of(), null, 0),
                Evidence.none("s"));
        assertEquals(List.of(), Verdict.builder().articleId("x").build().history());
    }
}
