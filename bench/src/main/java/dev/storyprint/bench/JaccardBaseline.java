package dev.storyprint.bench;

import dev.storyprint.engine.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline a MinHash job approximates: exact Jaccard similarity of lower-cased word
 * k-shingle sets. An article whose most similar earlier article reaches the threshold is a
 * syndicated copy of it; otherwise original. No spun class, no relabels. Shingle size and
 * threshold are chosen on a development set (best macro-F1) and then only applied.
 */
final class JaccardBaseline {
    static final int[] SHINGLE_GRID = {1, 2, 3, 4, 5};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    record Choice(int shingle, double threshold, double devMacroF1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "exact Jaccard of %d-word shingles >= %.2f (dev macro-F1 %.3f)", shingle,
                    threshold, devMacroF1);
        }
    }

    /** Labels and, for each article, the index of the article it copies (-1 for an original). */
    record Labels(Label[] label, int[] matched) {
        /** Index of the first article of i's story. */
        int root(int i) {
            int r = i;
            while (matched[r] >= 0) {
                r = matched[r];
            }
            return r;
        }
    }

    static long[] shingles(String text, int k) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        int n = Math.max(0, words.size() - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + k; j++) {
                h = 31 * h + words.get(j).hashCode();
                h ^= h >>> 29;
            }
            out[i] = h;
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** For each article, its most similar earlier article and the similarity. */
    static MinHashBaseline.Nearest nearest(List<Item> items, int k) {
        long[][] sets = new long[items.size()][];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = shingles(items.get(i).text(), k);
        }
        int[] best = new int[sets.length];
        double[] sim = new double[sets.length];
        for (int i = 0; i < sets.length; i++) {
            best[i] = -1;
            for (int j = 0; j < i; j++) {
                double s = jaccard(sets[i], sets[j]);
                if (s > sim[i]) {
                    sim[i] = s;
                    best[i] = j;
                }
            }
        }
        return new MinHashBaseline.Nearest(best, sim);
    }

    static Labels label(MinHashBaseline.Nearest nn, double threshold) {
        int n = nn.best().length;
        Label[] label = new Label[n];
        int[] matched = new int[n];
        for (int i = 0; i < n; i++) {
            boolean copy = nn.best()[i] >= 0 && nn.sim()[i] >= threshold;
            label[i] = copy ? Label.SYNDICATED : Label.ORIGINAL;
            matched[i] = copy ? nn.best()[i] : -1;
        }
        return new Labels(label, matched);
    }

    static Choice tune(List<Item> dev) {
        Choice best = null;
        for (int k : SHINGLE_GRID) {
            MinHashBaseline.Nearest nn = nearest(dev, k);
            for (double t : MinHashBaseline.THRESHOLD_GRID) {
                double f = Scorer.score("tune", predictions(dev, label(nn, t)), false).macroF1();
                if (best == null || f > best.devMacroF1() + 1e-12) {
                    best = new Choice(k, t, f);
                }
            }
        }
        return best;
    }

    static List<Scorer.Prediction> run(List<Item> items, Choice c) {
        return predictions(items, label(nearest(items, c.shingle()), c.threshold()));
    }

    static List<Scorer.Prediction> predictions(List<Item> items, Labels l) {
        List<Scorer.Prediction> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(new Scorer.Prediction(items.get(i), l.label()[i], items.get(l.root(i)).rootId(), 1.0));
        }
        return out;
    }
}
