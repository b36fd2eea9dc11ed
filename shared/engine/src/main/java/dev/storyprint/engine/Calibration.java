package dev.storyprint.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Confidence as a measured probability that the verdict is right: per deciding rule, a
 * non-decreasing map from the rule's margin to the share of right verdicts, fitted by isotonic
 * regression on labelled data (the generated tuning seed and the development halves of the field
 * set and the LLM slices; {@code ./storyprint eval --fit-calibration --write} refits it) and read
 * from {@code calibration.tsv} beside this class. Between knots the map is linear; beyond them,
 * flat. A rule the table does not know falls back to the margin's monotone shape.
 */
final class Calibration {
    static final String RESOURCE = "calibration.tsv";
    /** The rule of an original that shares no retrieval key with anything stored. */
    static final String NO_CANDIDATE = "no candidate";

    private static final Map<String, double[][]> KNOTS = load();

    private Calibration() {}

    /** The calibrated confidence of a verdict decided by {@code rule} with {@code margin}, rounded to 0.001. */
    static double confidence(String rule, double margin) {
        double[][] k = KNOTS.get(rule);
        double c;
        if (k == null || k.length == 0) {
            c = 0.5 + 0.5 * Math.tanh(Math.max(0, margin) / Thresholds.CONFIDENCE_SCALE);
        } else if (margin <= k[0][0]) {
            c = k[0][1];
        } else if (margin >= k[k.length - 1][0]) {
            c = k[k.length - 1][1];
        } else {
            int i = 1;
            while (k[i][0] < margin) {
                i++;
            }
            double t = (margin - k[i - 1][0]) / (k[i][0] - k[i - 1][0]);
            c = k[i - 1][1] + t * (k[i][1] - k[i - 1][1]);
        }
        return Math.round(c * 1000) / 1000.0;
    }

    /** Whether a fitted map exists for {@code rule}. */
    static boolean knows(String rule) {
        return KNOTS.containsKey(rule);
    }

    private static Map<String, double[][]> load() {
        Map<String, List<double[]>> rows = new HashMap<>();
        try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.computeIfAbsent(f[0], x -> new ArrayList<>())
                        .add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, double[][]> out = new HashMap<>();
        rows.forEach((rule, knots) -> {
            knots.sort((x, y) -> Double.compare(x[0], y[0]));
            out.put(rule, knots.toArray(new double[0][]));
        });
        return Map.copyOf(out);
    }
}
