package dev.storyprint.engine.view;

import dev.storyprint.engine.analysis.Analyzer;
import dev.storyprint.engine.analysis.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where each normalized token of an article stands in its extracted text: token {@code i} of
 * {@link Analyzer#analyze} (the same sequence a fingerprint's word offsets count) covers the chars
 * {@code [start(i), end(i))} of the text as the reader extracted it, before any normalization.
 *
 * <p>The analysis chain rewrites text before it tokenizes (NFKC, quotes, dashes, whitespace, dropped
 * captions and bylines, stripped datelines, currency conversions) and rewrites terms after
 * (lower case, "US$300" -&gt; "$300", "United States" -&gt; one term), so offsets are recovered
 * rather than carried: each token's surface and the text are folded alike to their letters and
 * digits (NFKD, marks and punctuation dropped, lower case), and the surfaces are found in order,
 * each at the start of a word (or right where the previous one ended: "$300bn" is two tokens).
 * The chain drops function words, honorifics and conversions between tokens, so the next surface
 * is taken at its first later occurrence that the following surfaces continue, each within a few
 * words of the one before; a dropped caption that repeats a clause of the body does not capture it.
 */
public final class TokenOffsets {
    /**
     * Surfaces after a candidate that must follow it for the candidate to be taken at once: a
     * dropped caption may repeat a clause of the body, rarely a whole sentence.
     */
    static final int LOOKAHEAD_TOKENS = 8;
    /**
     * Words a following surface may stand past the previous one and still continue it: what the
     * chain drops inside a sentence (function words, "Mr", "(S$408 billion)", "[HWT.UL]"): "that
     * it would have been" is five in a row.
     */
    static final int MAX_SKIP_WORDS = 8;
    /** Later occurrences of a surface examined before the best-continued one is taken. */
    static final int MAX_CANDIDATES = 64;
    /** How far a token without letters or digits ("%") is looked for past the previous token. */
    static final int SYMBOL_REACH = 16;

    private final String text;
    private final List<Token> tokens;
    private final int[] start;
    private final int[] end;
    private final boolean[] located;

    private TokenOffsets(String text, List<Token> tokens, int[] start, int[] end, boolean[] located) {
        this.text = text;
        this.tokens = tokens;
        this.start = start;
        this.end = end;
        this.located = located;
    }

    /** The offsets of the standard analysis chain's tokens of {@code text} (an article's extracted text). */
    public static TokenOffsets of(String text) {
        return of(text, Analyzer.standard().analyze(text));
    }

    /** The offsets of {@code tokens}, which an analysis of {@code text} produced. */
    public static TokenOffsets of(String text, List<Token> tokens) {
        Objects.requireNonNull(text, "text");
        Folded folded = Folded.of(text);
        int n = tokens.size();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = fold(tokens.get(i).surface());
        }
        int[] start = new int[n];
        int[] end = new int[n];
        boolean[] located = new boolean[n];
        int cursor = 0; // in the folded text: where the previous token ended
        int textPos = 0; // in the text: where the previous token ended
        for (int i = 0; i < n; i++) {
            String key = keys[i];
            if (key.isEmpty()) {
                int at = symbol(text, tokens.get(i).surface(), textPos);
                located[i] = at >= 0;
                start[i] = at >= 0 ? at : textPos;
                end[i] = at >= 0 ? at + tokens.get(i).surface().length() : textPos;
                textPos = end[i];
                continue;
            }
            int at = folded.startsWith(key, cursor) ? cursor : find(folded, keys, i, cursor);
            // a surface whose letters occur only inside other words is not found rather than misplaced
            if (at < 0) {
                start[i] = textPos;
                end[i] = textPos;
                continue;
            }
            located[i] = true;
            int s = folded.at[at];
            int e = folded.endOf(at + key.length() - 1, text);
            s = withLeadingSymbols(text, tokens.get(i).surface(), s);
            start[i] = s;
            end[i] = e;
            cursor = at + key.length();
            textPos = e;
        }
        for (int i = 0; i < n; i++) {
            if (located[i] && tokens.get(i).term().indexOf(FOLDED_NAME) >= 0) {
                end[i] = nameEnd(text, end[i], i + 1 < n ? start[i + 1] : text.length());
            }
        }
        return new TokenOffsets(text, List.copyOf(tokens), start, end, located);
    }

    /** The mark of a term the chain folded from a several-word name ("United States" -&gt; "u_s"). */
    static final char FOLDED_NAME = '_';
    /** Words after its first that a folded name may have ("States of America"). */
    static final int MAX_NAME_WORDS = 3;

    /**
     * The end of a folded name whose token covers its first word: the capitalized words (and "of")
     * after it on the same line, up to the next token.
     */
    private static int nameEnd(String text, int end, int limit) {
        int e = end;
        for (int w = 0; w < MAX_NAME_WORDS; w++) {
            int p = e;
            if (p >= limit || text.charAt(p) != ' ') {
                break;
            }
            p++;
            int wordStart = p;
            while (p < limit && Character.isLetter(text.charAt(p))) {
                p++;
            }
            if (p == wordStart || !(Character.isUpperCase(text.charAt(wordStart)) || text.startsWith("of", wordStart))) {
                break;
            }
            e = p;
        }
        return e;
    }

    /**
     * The first occurrence of {@code keys[i]} after {@code cursor} that the next surfaces continue;
     * when none of the first {@link #MAX_CANDIDATES} is, the best-continued one (the earliest of
     * those); -1 when the surface does not occur.
     */
    private static int find(Folded folded, String[] keys, int i, int cursor) {
        int wanted = 0;
        for (int t = i + 1; t < keys.length && wanted < LOOKAHEAD_TOKENS; t++) {
            if (!keys[t].isEmpty()) {
                wanted++;
            }
        }
        int best = -1;
        int bestScore = -1;
        int from = cursor;
        for (int c = 0; c < MAX_CANDIDATES; ) {
            int at = folded.chars.indexOf(keys[i], from);
            if (at < 0) {
                break;
            }
            from = at + 1;
            if (!folded.wordStart(at)) {
                continue; // "he" inside "the": a surface starts a word
            }
            c++;
            int score = continued(folded, keys, i, at + keys[i].length());
            if (score >= wanted) {
                return at;
            }
            if (score > bestScore) {
                best = at;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How many of the surfaces after token {@code i} (at most the lookahead) follow from {@code pos},
     * each within {@link #MAX_SKIP_WORDS} words of the previous one.
     */
    private static int continued(Folded folded, String[] keys, int i, int pos) {
        int score = 0;
        for (int t = i + 1; t < keys.length && score < LOOKAHEAD_TOKENS; t++) {
            if (keys[t].isEmpty()) {
                continue;
            }
            int at = folded.within(keys[t], pos, MAX_SKIP_WORDS);
            if (at < 0) {
                break;
            }
            pos = at + keys[t].length();
            score++;
        }
        return score;
    }

    /** A token of symbols only ("%"): its surface written near {@code from}, or -1. */
    private static int symbol(String text, String surface, int from) {
        int at = text.indexOf(surface, from);
        return at >= 0 && at - from <= SYMBOL_REACH ? at : -1;
    }

    /** A surface's leading symbols ("$" of "$300") belong to it when the text has them right before. */
    private static int withLeadingSymbols(String text, String surface, int s) {
        int lead = 0;
        while (lead < surface.length() && !Character.isLetterOrDigit(surface.charAt(lead))) {
            lead++;
        }
        if (lead > 0 && s >= lead && text.regionMatches(s - lead, surface, 0, lead)) {
            return s - lead;
        }
        return s;
    }

    /** Letters and digits of {@code s}, decomposed (NFKD), without marks, lower case. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendFolded(out, cp);
        }
        return out.toString();
    }

    private static void appendFolded(StringBuilder out, int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                out.append((char) (cp + ('a' - 'A')));
            } else if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
                out.append((char) cp);
            }
            return;
        }
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        for (int k = 0; k < d.length(); ) {
            int c = d.codePointAt(k);
            k += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        }
    }

    /**
     * The text folded like the surfaces, each folded char with the index of the text char it came
     * from, and where the words start (a folded char after one that folded to nothing, marks aside).
     */
    private static final class Folded {
        final String chars;
        final int[] at;
        /** Folded positions where a word starts, ascending. */
        final int[] starts;

        private Folded(String chars, int[] at, int[] starts) {
            this.chars = chars;
            this.at = at;
            this.starts = starts;
        }

        static Folded of(String text) {
            StringBuilder sb = new StringBuilder(text.length());
            int[] at = new int[text.length() + 8];
            int[] starts = new int[text.length() / 4 + 8];
            int words = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int before = sb.length();
                appendFolded(sb, cp);
                if (sb.length() > at.length) {
                    at = java.util.Arrays.copyOf(at, Math.max(sb.length(), 2 * at.length));
                }
                for (int k = before; k < sb.length(); k++) {
                    at[k] = i;
                }
                if (sb.length() > before) {
                    if (!inWord) {
                        if (words == starts.length) {
                            starts = java.util.Arrays.copyOf(starts, 2 * starts.length);
                        }
                        starts[words++] = before;
                    }
                    inWord = true;
                } else if (!isMark(cp)) {
                    inWord = false;
                }
                i += Character.charCount(cp);
            }
            return new Folded(sb.toString(), at, java.util.Arrays.copyOf(starts, words));
        }

        private static boolean isMark(int cp) {
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        boolean wordStart(int pos) {
            return java.util.Arrays.binarySearch(starts, pos) >= 0;
        }

        boolean startsWith(String key, int pos) {
            return chars.startsWith(key, pos);
        }

        /** Where {@code key} occurs: at {@code pos}, or at one of the next {@code words} word starts after it; -1 if not. */
        int within(String key, int pos, int words) {
            if (chars.startsWith(key, pos)) {
                return pos;
            }
            int w = java.util.Arrays.binarySearch(starts, pos + 1);
            w = w >= 0 ? w : -w - 1;
            for (int k = w; k < Math.min(starts.length, w + words); k++) {
                if (chars.startsWith(key, starts[k])) {
                    return starts[k];
                }
            }
            return -1;
        }

        /** The text index after the text char that folded char {@code k} came from, and after any marks following it. */
        int endOf(int k, String text) {
            int i = at[k];
            int e = i + Character.charCount(text.codePointAt(i));
            while (e < text.length()) {
                int type = Character.getType(text.codePointAt(e));
                if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                        && type != Character.ENCLOSING_MARK) {
                    break;
                }
                e += Character.charCount(text.codePointAt(e));
            }
            return e;
        }
    }

    /** The text the offsets point into. */
    public String text() {
        return text;
    }

    /** Number of tokens. */
    public int size() {
        return start.length;
    }

    /** The analysis chain's token {@code i} (its term is what fingerprints compare). */
    public Token token(int i) {
        return tokens.get(i);
    }

    public String term(int i) {
        return tokens.get(i).term();
    }

    /** First char of token {@code i} in the text. */
    public int start(int i) {
        return start[i];
    }

    /** The char after token {@code i}; equals {@link #start} for a token not found in the text. */
    public int end(int i) {
        return end[i];
    }

    /** False for the rare token whose surface could not be found (its span is empty). */
    public boolean located(int i) {
        return located[i];
    }

    /** The text of token {@code i} as written. */
    public String written(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The first token starting at or after {@code offset} (size() when none). */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The text's paragraphs as {@code [start, end)} char ranges: its non-blank lines, without their
     * surrounding whitespace (extracted HTML has one paragraph per line, plain text likewise).
     */
    public List<int[]> paragraphs() {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 ? n : nl;
            int s = i;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
            i = lineEnd + 1;
        }
        return out;
    }
}
