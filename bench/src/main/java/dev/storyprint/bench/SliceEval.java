package dev.storyprint.bench;

import dev.storyprint.engine.Engine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Runs one slice through the shipped pipeline and through the baseline, and renders both side by side. */
final class SliceEval {
    /** Wrong engine verdicts listed per slice. */
    static final int FAILURES_LISTED = 40;

    record Result(Slice slice, TrustScore engine, TrustScore baseline, String baselineChoice, List<String> failures,
                  double engineSeconds, Scorer.Report engineClasses, Scorer.Report baselineClasses) {}

    private SliceEval() {}

    static Result run(Slice slice, JaccardBaseline.Choice choice, String choiceNote) {
        long t0 = System.nanoTime();
        List<PipelineRun.Outcome> outs = new PipelineRun(Engine.standard()).run(slice.items());
        double secs = (System.nanoTime() - t0) / 1e9;
        return score(slice, outs, JaccardBaseline.run(slice.items(), choice), choice + choiceNote, secs);
    }

    static Result score(Slice slice, List<PipelineRun.Outcome> outs, List<Scorer.Prediction> base, String choice,
                        double secs) {
        Map<String, PipelineRun.Outcome> byArticle = new HashMap<>();
        for (PipelineRun.Outcome o : outs) {
            byArticle.put(o.articleId(), o);
        }
        List<Scorer.Prediction> preds = new ArrayList<>();
        Set<String> demoted = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (PipelineRun.Outcome o : outs) {
            PipelineRun.Outcome first = byArticle.get(o.storyId());
            String root = first == null ? null : first.item().rootId();
            preds.add(new Scorer.Prediction(o.item(), o.label(), root, o.confidence()));
            if (o.demoted()) {
                demoted.add(o.item().id());
            }
            boolean wrongStory = Slice.isCopyLabel(o.item().truth()) && !o.item().rootId().equals(root);
            if ((o.label() != o.item().truth() || wrongStory) && failures.size() < FAILURES_LISTED) {
                failures.add(String.format(Locale.ROOT, "%s [%s] %s -> %s%s conf %.2f%s: %s", o.item().id(),
                        o.item().kind(), o.item().truth().wire(), o.label().wire(),
                        wrongStory && Slice.isCopyLabel(o.label()) ? " (wrong story)" : "", o.confidence(),
                        o.demoted() ? ", demoted by a later article" : "",
                        o.rejectReason() != null ? "rejected: " + o.rejectReason() : o.summary()));
            }
        }
        return new Result(slice, TrustScore.of("engine", preds, demoted), TrustScore.of("baseline", base, Set.of()),
                choice, failures, secs, Scorer.score("engine", preds, false), Scorer.score("baseline", base, false));
    }

    static String render(Result r) {
        StringBuilder sb = new StringBuilder();
        TrustScore e = r.engine();
        TrustScore b = r.baseline();
        sb.append(String.format(Locale.ROOT, "== %s: %d articles%s; engine %.1f s%n", r.slice().name(), e.n(),
                r.slice().missing() > 0 ? ", " + r.slice().missing() + " listed texts missing" : "", r.engineSeconds()));
        sb.append("baseline: ").append(r.baselineChoice()).append('\n');
        sb.append(String.format(Locale.ROOT, "%-44s %-20s %-20s%n", "", "engine", "baseline"));
        line(sb, "label right", e.correct(), e.n(), b.correct(), b.n());
        line(sb, "copies in the right story", e.copiesRightStory(), e.copies(), b.copiesRightStory(), b.copies());
        line(sb, "syndicated copies called spun (harmful)", e.syndicatedCalledSpun(), e.syndicated(),
                b.syndicatedCalledSpun(), b.syndicated());
        line(sb, "spun copies labelled spun", e.spunCorrect(), e.spun(), b.spunCorrect(), b.spun());
        line(sb, "originals kept original", e.originalsKept(), e.originals(), b.originalsKept(), b.originals());
        line(sb, "originals demoted by a later article", e.originalsDemoted(), e.originals(), b.originalsDemoted(),
                b.originals());
        line(sb, "hard negatives kept original", e.hardNegativesKept(), e.hardNegatives(), b.hardNegativesKept(),
                b.hardNegatives());
        line(sb, "wrong verdicts with confidence >= 0.9", e.wrongConfident(), e.wrong(), -1, 0);
        for (dev.storyprint.engine.Label l : Scorer.TRUTH) {
            Scorer.ClassScore ec = r.engineClasses().perClass().get(l.wire());
            Scorer.ClassScore bc = r.baselineClasses().perClass().get(l.wire());
            if (ec.support() > 0) {
                sb.append(String.format(Locale.ROOT, "%-44s %-20s %-20s%n", l.wire() + " precision/recall/F1 (n=" + ec.support()
                        + ")", prf(ec), prf(bc)));
            }
        }
        sb.append(String.format(Locale.ROOT, "%-44s %-20s %-20s%n", "expected calibration error",
                String.format(Locale.ROOT, "%.3f", e.ece()), "-"));
        sb.append("reliability (engine confidence -> share right): ").append(String.join("; ", e.reliability())).append('\n');
        sb.append("by kind (n: label right, right story / copies, called spun)\n");
        for (Map.Entry<String, TrustScore.KindRow> k : e.byKind().entrySet()) {
            TrustScore.KindRow x = k.getValue();
            TrustScore.KindRow y = b.byKind().get(k.getKey());
            sb.append(String.format(Locale.ROOT, "  %-42s %-20s %-20s%n", k.getKey() + " (" + x.n() + ")", kind(x),
                    y == null ? "-" : kind(y)));
        }
        if (!r.failures().isEmpty()) {
            sb.append("engine failures (first ").append(FAILURES_LISTED).append("):\n");
            for (String f : r.failures()) {
                sb.append("  ").append(f).append('\n');
            }
        }
        return sb.append('\n').toString();
    }

    private static String prf(Scorer.ClassScore c) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", c.precision(), c.recall(), c.f1());
    }

    private static String kind(TrustScore.KindRow x) {
        return String.format(Locale.ROOT, "%d, %s, %d", x.correct(), x.copies() == 0 ? "-" : x.rightStory() + "/"
                + x.copies(), x.calledSpun());
    }

    private static void line(StringBuilder sb, String name, int ek, int en, int bk, int bn) {
        sb.append(String.format(Locale.ROOT, "%-44s %-20s %-20s%n", name, TrustScore.share(ek, en),
                bk < 0 ? "-" : TrustScore.share(bk, bn)));
    }
}
