package dev.storyprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits the engine's confidence: per deciding rule, the share of right verdicts as a non-decreasing
 * function of the rule's margin (isotonic regression, pool-adjacent-violators), summarised as
 * knots at equal-weight bins. Each bin's rate is smoothed with one right and one wrong pseudo-verdict,
 * so that a small perfect bin does not claim certainty. Verdicts of real articles weigh more than
 * generated ones (see {@link Eval#fitCalibration}): the confidence is for real copies.
 */
final class CalibrationFit {
    /** Verdicts per knot at most: the knots follow the data where it is dense. */
    static final int VERDICTS_PER_KNOT = 40;

    /** One verdict: its rule and margin, whether it was right, and how much its data set counts. */
    record Point(String rule, double margin, boolean right, double weight) {}

    private CalibrationFit() {}

    /** The table as calibration.tsv lines: rule TAB margin TAB probability, rules sorted. */
    static String fit(List<Point> points, String header) {
        Map<String, List<Point>> byRule = new TreeMap<>();
        for (Point p : points) {
            if (p.rule() != null) {
                byRule.computeIfAbsent(p.rule(), k -> new ArrayList<>()).add(p);
            }
        }
        StringBuilder sb = new StringBuilder(header);
        for (Map.Entry<String, List<Point>> e : byRule.entrySet()) {
            List<Point> ps = new ArrayList<>(e.getValue());
            ps.sort((x, y) -> Double.compare(x.margin(), y.margin()));
            double total = 0;
            for (Point p : ps) {
                total += p.weight();
            }
            int bins = Math.max(1, ps.size() / VERDICTS_PER_KNOT);
            double[] margin = new double[bins];
            double[] right = new double[bins];
            double[] n = new double[bins];
            double seen = 0;
            for (Point p : ps) {
                int b = Math.min(bins - 1, (int) (seen * bins / total)); // equal-weight bins
                margin[b] += p.margin() * p.weight();
                right[b] += p.right() ? p.weight() : 0;
                n[b] += p.weight();
                seen += p.weight();
            }
            double[] rate = new double[bins];
            for (int b = 0; b < bins; b++) {
                margin[b] = n[b] == 0 ? (b == 0 ? 0 : margin[b - 1]) : margin[b] / n[b];
                rate[b] = (right[b] + 1) / (n[b] + 2);
            }
            double[] iso = pav(rate, n);
            // one knot per distinct margin (many verdicts share a capped margin): the weighted mean
            int b = 0;
            while (b < bins) {
                int end = b;
                double w = 0;
                double p = 0;
                while (end < bins && Math.abs(margin[end] - margin[b]) < 1e-6) {
                    w += n[end];
                    p += iso[end] * n[end];
                    end++;
                }
                sb.append(String.format(Locale.ROOT, "%s\t%.4f\t%.4f%n", e.getKey(), margin[b], p / w));
                b = end;
            }
        }
        return sb.toString();
    }

    /** Pool-adjacent-violators: the non-decreasing sequence closest to {@code y} in weighted squares. */
    static double[] pav(double[] y, double[] w) {
        int n = y.length;
        double[] value = new double[n];
        double[] weight = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            value[blocks] = y[i];
            weight[blocks] = w[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
                double wt = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1]) / wt;
                weight[blocks - 2] = wt;
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < count[b]; k++) {
                out[i++] = value[b];
            }
        }
        return out;
    }
}
