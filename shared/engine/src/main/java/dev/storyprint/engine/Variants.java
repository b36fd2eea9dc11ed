package dev.storyprint.engine;

/**
 * Whether two swapped terms are spellings of one word rather than different words: a copy desk's
 * house style ("centerpiece" -> "centrepiece", "yearlong" -> "year long", "e-mail" -> "email")
 * or an inflection ("rise" -> "rising"), which no spinner needs and which say nothing about who
 * wrote the text. Spin volume counts only the other, lexical swaps.
 */
final class Variants {
    /** Words sharing a prefix of at least this many letters... */
    static final int MIN_SHARED_PREFIX = 4;
    /** ...that is at least this share of the shorter word are inflections of one stem ("announce" / "announced"). */
    static final double MIN_PREFIX_SHARE = 0.6;
    /** Words of at least this many letters within {@link #MAX_SPELLING_EDITS} edits are one word spelled two ways. */
    static final int MIN_SPELLING_LENGTH = 6;
    static final int MAX_SPELLING_EDITS = 2;

    private Variants() {}

    static boolean same(String a, String b) {
        String x = squeeze(a);
        String y = squeeze(b);
        if (x.equals(y)) {
            return true;
        }
        int shorter = Math.min(x.length(), y.length());
        int prefix = 0;
        while (prefix < shorter && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        if (prefix >= MIN_SHARED_PREFIX && prefix >= MIN_PREFIX_SHARE * shorter) {
            return true;
        }
        return shorter >= MIN_SPELLING_LENGTH && Math.abs(x.length() - y.length()) <= MAX_SPELLING_EDITS
                && editDistance(x, y, MAX_SPELLING_EDITS) <= MAX_SPELLING_EDITS;
    }

    /** Without spaces, hyphens and apostrophes: "year long", "year-long" and "yearlong" are one. */
    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && c != '\'') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Levenshtein distance, or {@code limit + 1} once it exceeds {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
