package dev.storyprint.bench;

import dev.storyprint.engine.Label;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The measures of verdicts people act on, for one system on one slice: harmful errors counted on
 * their own (a licensed copy called spun, an original demoted by a later copy), story attribution,
 * hard negatives, and whether confidence means what it says.
 */
record TrustScore(String system, int n, int correct, int copies, int copiesRightStory, int syndicated,
                  int syndicatedCalledSpun, int spun, int spunCorrect, int originals, int originalsKept,
                  int originalsDemoted, int hardNegatives, int hardNegativesKept, int wrong, int wrongConfident,
                  double ece, Map<String, KindRow> byKind, List<String> reliability) {

    /** Confidence at or above this is "sure": at most one wrong verdict in 20 may carry it. */
    static final double SURE = 0.9;
    /** Equal-width reliability bins for the expected calibration error. */
    static final int ECE_BINS = 10;

    record KindRow(int n, int correct, int copies, int rightStory, int calledSpun) {}

    static boolean hardNegative(Item it) {
        return it.kind().endsWith("independent") || it.kind().startsWith("hard-");
    }

    static TrustScore of(String system, List<Scorer.Prediction> preds, Set<String> demoted) {
        int correct = 0, copies = 0, rightStory = 0, synd = 0, syndSpun = 0, spun = 0, spunOk = 0, orig = 0,
                origKept = 0, origDemoted = 0, hard = 0, hardKept = 0, wrong = 0, wrongSure = 0;
        double[] binConf = new double[ECE_BINS];
        int[] binOk = new int[ECE_BINS];
        int[] binN = new int[ECE_BINS];
        Map<String, int[]> kinds = new TreeMap<>();
        for (Scorer.Prediction p : preds) {
            Item it = p.item();
            Label truth = it.truth();
            boolean ok = p.label() == truth;
            boolean saysCopy = Slice.isCopyLabel(p.label());
            boolean isCopy = Slice.isCopyLabel(truth);
            boolean story = isCopy && saysCopy && it.rootId().equals(p.rootId());
            correct += ok ? 1 : 0;
            if (isCopy) {
                copies++;
                rightStory += story ? 1 : 0;
            }
            if (truth == Label.SYNDICATED) {
                synd++;
                syndSpun += p.label() == Label.SPUN ? 1 : 0;
            }
            if (truth == Label.SPUN) {
                spun++;
                spunOk += ok ? 1 : 0;
            }
            if (truth == Label.ORIGINAL) {
                orig++;
                origKept += ok ? 1 : 0;
                origDemoted += demoted.contains(it.id()) ? 1 : 0;
            }
            if (hardNegative(it)) {
                hard++;
                hardKept += ok ? 1 : 0;
            }
            if (!ok) {
                wrong++;
                wrongSure += p.confidence() >= SURE ? 1 : 0;
            }
            int b = Math.min(ECE_BINS - 1, (int) (p.confidence() * ECE_BINS));
            binN[b]++;
            binConf[b] += p.confidence();
            binOk[b] += ok ? 1 : 0;
            int[] k = kinds.computeIfAbsent(it.kind(), x -> new int[5]);
            k[0]++;
            k[1] += ok ? 1 : 0;
            k[2] += isCopy ? 1 : 0;
            k[3] += story ? 1 : 0;
            k[4] += p.label() == Label.SPUN ? 1 : 0;
        }
        double ece = 0;
        for (int b = 0; b < ECE_BINS; b++) {
            if (binN[b] > 0) {
                ece += (double) binN[b] / preds.size() * Math.abs(binConf[b] / binN[b] - (double) binOk[b] / binN[b]);
            }
        }
        List<String> reliability = new java.util.ArrayList<>();
        for (int b = 0; b < ECE_BINS; b++) {
            if (binN[b] > 0) {
                reliability.add(String.format(Locale.ROOT, "%.1f-%.1f: n=%d conf %.2f right %.2f", (double) b / ECE_BINS,
                        (double) (b + 1) / ECE_BINS, binN[b], binConf[b] / binN[b], (double) binOk[b] / binN[b]));
            }
        }
        Map<String, KindRow> rows = new TreeMap<>();
        kinds.forEach((name, k) -> rows.put(name, new KindRow(k[0], k[1], k[2], k[3], k[4])));
        return new TrustScore(system, preds.size(), correct, copies, rightStory, synd, syndSpun, spun, spunOk, orig,
                origKept, origDemoted, hard, hardKept, wrong, wrongSure, ece, rows, reliability);
    }

    static String share(int k, int n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) k / n, k, n);
    }
}
