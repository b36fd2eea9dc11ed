package dev.storyprint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CI floors for the slices committed with the project (the field set's texts are not): the LLM
 * rewrites of the team's stories, both halves, and the evasive copies. Floors sit a few verdicts
 * below what the engine measured (2026-12-07), at the targets where it meets them.
 */
class SliceFloorTest {
    private static final Path ROOT = Path.of(System.getProperty("storyprint.root.dir", "..")).toAbsolutePath().normalize();
    private static final JaccardBaseline.Choice BASELINE = new JaccardBaseline.Choice(3, 0.10, 0);

    private static double share(int k, int n) {
        return n == 0 ? 1 : (double) k / n;
    }

    @Test
    void llmRewritesLandInTheirStoriesAndOriginalsStay() {
        Path llm = ROOT.resolve("bench/llm");
        Slice team = Slice.rewrites("LLM rewrites of the team's stories", llm.resolve("manifest.csv"), llm, ROOT, null,
                story -> true);
        assertEquals(0, team.missing(), "every listed rewrite is committed");
        SliceEval.Result r = SliceEval.run(team, BASELINE, "");
        System.out.print(SliceEval.render(r));
        TrustScore e = r.engine();
        assertEquals(0, e.originalsDemoted(), "an original stored first is never demoted by its rewrite");
        TrustScore.KindRow light = e.byKind().get("llm/light");
        TrustScore.KindRow heavy = e.byKind().get("llm/heavy");
        // measured: light 29 of 30 in their story, heavy 29 of 30; independents kept 27 of 30
        assertTrue(share(light.rightStory(), light.copies()) >= 0.93, "light rewrites linked " + light);
        assertTrue(share(heavy.rightStory(), heavy.copies()) >= 0.85, "heavy rewrites linked " + heavy);
        // measured: heavy rewrites labelled spun 27 of 30 (23 while phrase-linked ones stayed syndicated)
        assertTrue(share(heavy.correct(), heavy.n()) >= 0.80, "heavy rewrites labelled spun " + heavy);
        assertTrue(share(e.hardNegativesKept(), e.hardNegatives()) >= 0.85, "independent articles kept original");
    }

    @Test
    void evasiveCopiesLandInTheirSourcesStories() {
        List<Item> sources = new ArrayList<>();
        for (Sources.Excerpt x : Sources.europarl().subList(0, 40)) {
            sources.add(new Item("europarl-" + x.index(), x.doc().render(), dev.storyprint.engine.Label.ORIGINAL,
                    "europarl-" + x.index(), null, "europarl", "-", null, Slice.EPOCH, false, 0, false));
        }
        SliceEval.Result r = SliceEval.run(Slice.evasion("evasive copies", sources, 42), BASELINE, "");
        TrustScore e = r.engine();
        assertTrue(share(e.copiesRightStory(), e.copies()) >= 0.95, "copies linked: " + e.copiesRightStory() + "/" + e.copies());
        assertEquals(e.originals(), e.originalsKept(), "sources stay original");
        assertEquals(0, e.originalsDemoted());
        assertEquals(0, e.syndicatedCalledSpun(), "an evasive copy is a syndicated copy, never spun");
    }
}
