package dev.storyprint.engine;

import java.util.ArrayList;
import java.util.List;

/** Longest word runs shared verbatim by two token sequences, found through their shingle hashes. */
final class Passages {
    /** Words of a passage shown in evidence: enough to recognise it, short enough for a verdict. */
    static final int EXCERPT_WORDS = 12;

    private Passages() {}

    static List<Evidence.Passage> longest(Fingerprint a, Fingerprint b, int limit) {
        String[] ta = a.terms();
        String[] tb = b.terms();
        long[] sa = a.shingles();
        long[] sb = b.shingles();
        if (ta.length < Surface.SHINGLE_WORDS || tb.length < Surface.SHINGLE_WORDS) {
            return List.of();
        }
        LongIntMap firstInB = new LongIntMap(sb.length);
        for (int j = 0; j < sb.length; j++) {
            firstInB.putIfAbsent(sb[j], j);
        }
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < sa.length) {
            int j = firstInB.get(sa[i], -1);
            if (j < 0 || !ta[i].equals(tb[j])) {
                i++;
                continue;
            }
            int len = 0;
            while (i + len < ta.length && j + len < tb.length && ta[i + len].equals(tb[j + len])) {
                len++;
            }
            if (len >= Surface.SHINGLE_WORDS) {
                runs.add(new int[] {i, j, len});
                i += len;
            } else {
                i++;
            }
        }
        runs.sort((x, y) -> x[2] != y[2] ? Integer.compare(y[2], x[2]) : Integer.compare(x[0], y[0]));
        List<Evidence.Passage> out = new ArrayList<>();
        for (int t = 0; t < Math.min(limit, runs.size()); t++) {
            int[] r = runs.get(t);
            StringBuilder sb2 = new StringBuilder();
            for (int q = 0; q < Math.min(r[2], EXCERPT_WORDS); q++) {
                if (q > 0) {
                    sb2.append(' ');
                }
                sb2.append(ta[r[0] + q]);
            }
            if (r[2] > EXCERPT_WORDS) {
                sb2.append(" ...");
            }
            out.add(new Evidence.Passage(r[0], r[0] + r[2], r[1], r[1] + r[2], sb2.toString()));
        }
        return out;
    }
}
