package dev.storyprint.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Manual tool, not a test: compares listed pairs of article files and prints the pair measures the
 * decision rules read, one line a pair. Input lines: {@code name TAB expected TAB fileA TAB fileB}
 * (A arrived first). Run from the engine module's test classpath.
 */
final class PairDriver {
    private PairDriver() {}

    public static void main(String[] args) throws Exception {
        Engine engine = Engine.standard();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            Fingerprint a = fp(engine, "A" + f[0], Path.of(f[2]));
            Fingerprint b = fp(engine, "B" + f[0], Path.of(f[3]));
            if (a == null || b == null) {
                System.out.println(f[0] + "\t" + f[1] + "\trejected");
                continue;
            }
            PairComparison p = PairComparison.compare(a, 1, b, 2);
            VerbatimEdits e = VerbatimEdits.of(a, b);
            long[] ka = a.retrievalKeys();
            long[] kb = b.retrievalKeys();
            int keys = Surface.intersection(sorted(ka), sorted(kb));
            long[] na = a.narrativeShingles();
            long[] nb = b.narrativeShingles();
            int narr = Surface.intersection(na, nb);
            long[] sa = Surface.sortedDistinct(a.shingles().clone());
            long[] sb = Surface.sortedDistinct(b.shingles().clone());
            int all = Surface.intersection(sa, sb);
            int anchored = anchoredShared(a, nb);
            System.out.print(String.format(Locale.ROOT, "top=%.2f/%.2f tri=%d/%d/%d ", coverage(topic(a), topic(b)),
                    coverage(topic(b), topic(a)), Surface.intersection(trigrams(a), trigrams(b)), trigrams(a).length,
                    trigrams(b).length));
            System.out.print(String.format(Locale.ROOT, "cov=%.2f/%.2f num=%.2f/%.2f voc=%.2f/%.2f ",
                    coverage(strong(a, false), strong(b, false)), coverage(strong(b, false), strong(a, false)),
                    coverage(strong(a, true), strong(b, true)), coverage(strong(b, true), strong(a, true)),
                    coverage(vocab(a), vocab(b)), coverage(vocab(b), vocab(a))));
            int[] runs = runs(b, na);
            SharedNarrative sn = SharedNarrative.of(a, b);
            Paraphrase pp = new Paraphrase(a, b, p.alignment.score);
            System.out.print(String.format(Locale.ROOT, "snLong=%d snSent=%d snAnchS=%d snAnch=%d snPass=%d pp=%.2f ",
                    sn.longest, sn.sentences, sn.anchoredInSentences, sn.anchored, sn.passages, pp.probability));
            System.out.print(String.format(Locale.ROOT, "runs=%d longest=%d ", runs[0], runs[1]));
            System.out.print(String.format(Locale.ROOT, "anch=%d ", anchored));
            System.out.print(String.format(Locale.ROOT, "narr=%d (%.2f/%.2f) allsh=%d (%.2f/%.2f) ", narr,
                    na.length == 0 ? 0 : (double) narr / na.length, nb.length == 0 ? 0 : (double) narr / nb.length, all,
                    (double) all / Math.max(1, sa.length), (double) all / Math.max(1, sb.length)));
            System.out.println(String.format(Locale.ROOT,
                    "%s\t%s\t%s\twords=%d/%d cont=%.2f/%.2f shared=%d skel=%.2f anch=%d strong=%d lexical=%d lexRate=%.3f "
                            + "wchg=%.3f vlex=%d vedits=%d keys=%d aligned=%.2f",
                    f[0], f[1], p.kind, a.wordCount(), b.wordCount(), p.containA, p.containB, p.shared, p.alignment.score,
                    p.alignment.anchors(), p.alignment.strongAnchors, p.gaps.lexical, p.gaps.lexicalRate(), p.wordChange,
                    e.lexicalSwaps, e.edits(), keys, p.alignedShare()));
        }
    }

    /** Distinct narrative shingles of {@code a} found in {@code nb} that hold a name or a number. */
    static int anchoredShared(Fingerprint a, long[] nb) {
        long[] sh = a.shingles();
        byte[] fl = a.flags();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i + Surface.SHINGLE_WORDS <= fl.length; i++) {
            boolean quoted = false;
            boolean anchor = false;
            for (int j = i; j < i + Surface.SHINGLE_WORDS; j++) {
                quoted |= (fl[j] & Fingerprint.FLAG_QUOTED) != 0;
                anchor |= (fl[j] & Fingerprint.FLAG_NUMBER) != 0
                        || (fl[j] & Fingerprint.FLAG_CAPITALIZED) != 0 && (fl[j] & Fingerprint.FLAG_SENTENCE_START) == 0;
            }
            if (!quoted && anchor && java.util.Arrays.binarySearch(nb, sh[i]) >= 0) {
                seen.add(sh[i]);
            }
        }
        return seen.size();
    }

    /** Passages of {@code b} (runs of at least 3 consecutive shingles found in {@code na}): their number and the longest. */
    static int[] runs(Fingerprint b, long[] na) {
        long[] sh = b.shingles();
        int count = 0;
        int longest = 0;
        int run = 0;
        for (int i = 0; i <= sh.length; i++) {
            boolean in = i < sh.length && java.util.Arrays.binarySearch(na, sh[i]) >= 0;
            if (in) {
                run++;
            } else {
                if (run >= 3) {
                    count++;
                }
                longest = Math.max(longest, run);
                run = 0;
            }
        }
        return new int[] {count, longest};
    }

    /** Distinct strong anchors (names and numbers; numbers only when {@code numbers}). */
    static long[] strong(Fingerprint f, boolean numbers) {
        Skeleton s = f.skeleton();
        long[] out = new long[s.size()];
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.isStrong(i) && (!numbers || (f.flags()[s.position(i)] & Fingerprint.FLAG_NUMBER) != 0)) {
                out[n++] = s.hash(i);
            }
        }
        return Surface.sortedDistinct(java.util.Arrays.copyOf(out, n));
    }

    /** Distinct content words of at least five letters. */
    static long[] topic(Fingerprint f) {
        long[] out = new long[f.wordCount()];
        int n = 0;
        for (int i = 0; i < f.wordCount(); i++) {
            if (f.term(i).length() >= 5) {
                out[n++] = f.termHashes()[i];
            }
        }
        return Surface.sortedDistinct(java.util.Arrays.copyOf(out, n));
    }

    /** Distinct trigrams of consecutive strong anchors. */
    static long[] trigrams(Fingerprint f) {
        Skeleton s = f.skeleton();
        long[] st = new long[s.size()];
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.isStrong(i)) {
                st[n++] = s.hash(i);
            }
        }
        long[] g = new long[Math.max(0, n - 2)];
        for (int i = 0; i + 2 < n; i++) {
            g[i] = Hashing.sequence(st, i, 3, 77);
        }
        return Surface.sortedDistinct(g);
    }

    static long[] vocab(Fingerprint f) {
        return Surface.sortedDistinct(f.termHashes().clone());
    }

    /** Share of {@code x} found in {@code y}. */
    static double coverage(long[] x, long[] y) {
        return x.length == 0 ? 0 : (double) Surface.intersection(x, y) / x.length;
    }

    private static long[] sorted(long[] k) {
        long[] c = k.clone();
        java.util.Arrays.sort(c);
        return c;
    }

    private static Fingerprint fp(Engine engine, String id, Path file) throws Exception {
        Reading r = engine.read(new Document(Files.readAllBytes(file), "text/plain", file.toString(), Map.of()));
        if (r instanceof Reading.Accepted acc) {
            Article art = acc.article();
            return engine.fingerprint(new Article(id, art.text(), art.title(), art.url(), art.source(), null));
        }
        return null;
    }
}
