package dev.storyprint.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** The CI floor: the engine on a small corpus must stay above a measured macro-F1, every story with one original. */
class EvalFloorTest {
    /** Small enough for CI on 2 cores. */
    static final int CI_SIZE = 300;
    /**
     * Below the 0.826 the engine measured at CI_SIZE, seed 42 (2026-12-07), room for a few flipped
     * verdicts only. Lower than before by design: copies that change a handful of words are
     * labelled syndicated (a desk's edits, not a spinner's volume) and undated copies arriving
     * before their source keep arrival order, where the generator calls them spun or copies.
     */
    static final double ENGINE_MACRO_F1_FLOOR = 0.80;
    /** The baseline measured 0.522 here and is deterministic: a drop means the harness or corpus broke. */
    static final double BASELINE_MACRO_F1_FLOOR = 0.49;

    @Test
    void engineStaysAboveTheFloor() {
        Eval.Options o = Eval.parse(new String[] {"--size", String.valueOf(CI_SIZE)});
        Eval.Result r = Eval.evaluate(o, new PrintStream(OutputStream.nullOutputStream()));
        System.out.print(Eval.render(r, false));
        assertTrue(r.baseline().macroF1() > BASELINE_MACRO_F1_FLOOR, "baseline macro-F1 " + r.baseline().macroF1());
        assumeTrue(r.engineError() == null, "skipped: " + r.engineError());
        assertTrue(r.engine().macroF1() > ENGINE_MACRO_F1_FLOOR, "engine macro-F1 " + r.engine().macroF1());
        assertTrue(r.storyCheck().withoutOriginal() == 0 && r.storyCheck().withSeveral() == 0, r.storyCheck().toString());
    }
}
