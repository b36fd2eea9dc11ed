package dev.storyprint.bench;

import dev.storyprint.engine.Label;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The baseline: Lucene's MinHashFilter over word shingles (ShingleFilter), one bucketed min-hash per
 * band with rotation, Jaccard estimated as the share of equal buckets. An article whose best earlier
 * match reaches the threshold is syndicated (or, when the dates say it was published first, it is
 * the original and the match is relabelled); otherwise original. It has no spun class.
 */
final class MinHashBaseline {
    /** Buckets per signature: the estimate's standard error is about sqrt(J(1-J)/128) < 0.045. */
    static final int BUCKETS = 128;
    static final int[] SHINGLE_GRID = {1, 2, 3, 4, 5};
    static final double[] THRESHOLD_GRID = grid();

    private static double[] grid() {
        double[] g = new double[19];
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.round((0.05 + 0.05 * i) * 100) / 100.0;
        }
        return g;
    }

    static String[] signature(String text, int shingle) {
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                if (shingle > 1) {
                    ShingleFilter sh = new ShingleFilter(s, shingle, shingle);
                    sh.setOutputUnigrams(false);
                    sh.setOutputUnigramsIfNoShingles(true);
                    s = sh;
                }
                return new TokenStreamComponents(t, new MinHashFilter(s, 1, BUCKETS, 1, true));
            }
        };
        List<String> out = new ArrayList<>(BUCKETS);
        try (a; TokenStream ts = a.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toArray(new String[0]);
    }

    static double similarity(String[] a, String[] b) {
        int n = Math.min(a.length, b.length);
        if (n == 0) {
            return 0;
        }
        int eq = 0;
        for (int i = 0; i < n; i++) {
            if (a[i].equals(b[i])) {
                eq++;
            }
        }
        return (double) eq / Math.max(a.length, b.length);
    }

    /** For each article (arrival order), its best earlier match and that similarity. */
    record Nearest(int[] best, double[] sim) {}

    static Nearest nearest(List<Item> items, int shingle) {
        String[][] sigs = new String[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            sigs[i] = signature(items.get(i).text(), shingle);
        }
        int[] best = new int[items.size()];
        double[] sim = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            best[i] = -1;
            for (int j = 0; j < i; j++) {
                double s = similarity(sigs[i], sigs[j]);
                if (s > sim[i]) {
                    sim[i] = s;
                    best[i] = j;
                }
            }
        }
        return new Nearest(best, sim);
    }

    /** Labels at {@code threshold}; {@code matched[i]} gets the index of the article i copies (or -1). */
    static Label[] label(List<Item> items, Nearest nn, double threshold, int[] matched) {
        Label[] out = new Label[items.size()];
        for (int i = 0; i < items.size(); i++) {
            out[i] = Label.ORIGINAL;
            matched[i] = -1;
            int j = nn.best()[i];
            if (j < 0 || nn.sim()[i] < threshold) {
                continue;
            }
            Item in = items.get(i);
            Item old = items.get(j);
            if (in.publishedAt() != null && old.publishedAt() != null && in.publishedAt().isBefore(old.publishedAt())) {
                out[j] = Label.SYNDICATED;
                matched[j] = i;
            } else {
                out[i] = Label.SYNDICATED;
                matched[i] = j;
            }
        }
        return out;
    }
}
