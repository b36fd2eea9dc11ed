package dev.storyprint.engine.analysis;

import dev.storyprint.engine.text.Scripts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A character-scanning tokenizer. Words are runs of letters and digits (with inner apostrophes:
 * "don't"); hyphens split words, so "think-tank" and "think tank" tokenize alike. Dotted acronyms
 * are one token ("U.S." term "US"). Numbers keep their decimal point and digit groups ("1.5",
 * "2,000"); a currency symbol before a digit stays with the number ("$300", and "US$300" as one
 * token for the currency filter). "%" is a token of its own. Sentences end at a line end or at
 * ". ! ?" followed by a space, unless the word before the dot is an initial or a known abbreviation.
 * The term of every token is its surface with acronym dots removed; filters normalize from there.
 */
final class Tokenizer {
    /** The trigger tests of the chain this tokenizer starts: it sets the surface bit and marks term bits unknown. */
    private final Triggers triggers;

    /** A tokenizer outside any chain (tests, tools): no trigger bits. */
    Tokenizer() {
        this(Triggers.NONE);
    }

    Tokenizer(Triggers triggers) {
        this.triggers = triggers;
    }

    /** Words after which a dot does not end the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col",
            "capt", "cpt", "sgt", "maj", "rev", "hon", "inc", "corp", "co", "ltd", "vs", "etc",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
            "dept", "est", "fig", "vol", "pres", "supt", "messrs", "approx", "univ", "ave", "blvd");

    /** The longest of {@link #ABBREVIATIONS}. */
    private static final int MAX_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * {@link #ABBREVIATIONS} packed one char a byte (they are ASCII and at most eight chars: a pack
     * is the word), sorted: a sentence end tests its word without a String, a lower-casing or a hash.
     */
    private static final long[] ABBREVIATION_KEYS = ABBREVIATIONS.stream()
            .mapToLong(a -> packAscii(a.toCharArray(), 0, a.length())).sorted().toArray();

    private static long packAscii(char[] s, int from, int to) {
        long p = 0;
        for (int k = from; k < to; k++) {
            p = p << 8 | s[k];
        }
        return p;
    }

    /** True when {@code line[from, to)}, at most {@link #MAX_ABBREVIATION} chars, lower-cased is one of {@link #ABBREVIATIONS}. */
    private static boolean isAbbreviation(char[] line, int from, int to) {
        long p = 0;
        for (int k = from; k < to; k++) {
            char c = line[k];
            if (c >= 0x80) { // non-ASCII may lower-case to ASCII (the Kelvin sign): the general test
                return ABBREVIATIONS.contains(new String(line, from, to - from).toLowerCase(java.util.Locale.ROOT));
            }
            p = p << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return java.util.Arrays.binarySearch(ABBREVIATION_KEYS, p) >= 0;
    }

    /** Capitalized function words that open sentences but rarely follow an acronym inside one. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "But", "And", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those",
            "There", "Its", "Their", "His", "Her", "Our", "If", "When", "While", "However", "Meanwhile", "Yet", "So");

    private static String nextWord(char[] line, int from, int n) {
        int end = from;
        while (end < n && letter(line[end]) && end - from < 10) {
            end++;
        }
        return new String(line, from, end - from);
    }

    /** News text averages about six characters per word with its space: sizes the token list once. */
    static final int CHARS_PER_TOKEN = 6;

    List<Token> tokenize(List<String> lines) {
        return buffer(lines).toTokens();
    }

    /**
     * The tokens of {@code lines} as a buffer: surfaces are ranges of one array holding every line
     * (one copy of the text, no array or substring per line or word).
     */
    TokenBuffer buffer(List<String> lines) {
        return buffer(lines, new TokenBuffer(0));
    }

    /** {@link #buffer(List)} into {@code out}, emptied first (its arrays are reused where large enough). */
    TokenBuffer buffer(List<String> lines, TokenBuffer out) {
        int chars = 0;
        for (String line : lines) {
            chars += line.length();
        }
        char[] text = out.reset(chars, chars / CHARS_PER_TOKEN + 1);
        out.triggers = triggers;
        byte[] bytes = out.asciiBytes(chars + Long.BYTES);
        int sentence = 0;
        int from = 0;
        for (String line : lines) {
            int n = from + line.length();
            line.getChars(0, line.length(), text, from);
            // a Latin-1 String's bytes are copied, not converted char by char; beyond Latin-1, '?' (no letter)
            byte[] latin1 = line.getBytes(StandardCharsets.ISO_8859_1);
            if (latin1.length == line.length()) {
                System.arraycopy(latin1, 0, bytes, from, latin1.length);
            } else { // a surrogate pair became one '?'
                for (int k = from; k < n; k++) {
                    bytes[k] = text[k] < 0x80 ? (byte) text[k] : (byte) '?';
                }
            }
            sentence = scan(text, bytes, from, n, out, sentence);
            out.endLine(n);
            from = n;
        }
        java.util.Arrays.fill(bytes, chars, chars + Long.BYTES, (byte) 0); // the last word's eight-byte read ends here
        return out;
    }

    // ASCII char classes: one table load instead of compare chains. The upper-case and digit bits
    // are the token flags they imply: a plain word's flags are ORs.
    private static final byte LETTER = 1;
    private static final byte UPPER = TokenBuffer.CAPITALIZED;
    private static final byte DIGIT = TokenBuffer.NUMBER;
    /**
     * Every char's class (64 KB, of which the scan touches the ASCII lines): ASCII ones as above,
     * -1 for the rest, which take the general path. A table for all chars spares the scan a range
     * test per char.
     */
    private static final byte[] ASCII = new byte[Character.MAX_VALUE + 1];

    static {
        java.util.Arrays.fill(ASCII, 0x80, ASCII.length, (byte) -1);
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LETTER;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = LETTER | UPPER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
    }

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final long EVERY_BYTE = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x80 * EVERY_BYTE;

    /** The high bit of each byte of {@code w} in [lo, hi], for bytes below 0x80 (no carry crosses a byte). */
    private static long inRange(long w, int lo, int hi) {
        return (w + (0x80 - lo) * EVERY_BYTE) & ~(w + (0x7f - hi) * EVERY_BYTE) & HIGH_BITS;
    }

    /** The high bit of each byte of {@code w} that is an ASCII digit. */
    private static long digits(long w) {
        return inRange(w & ~HIGH_BITS, '0', '9') & ~w;
    }

    /** The high bit of each byte of {@code w} that is an ASCII letter or digit (a {@link #ASCII} class above 0). */
    private static long letterOrDigits(long w) {
        long low = w & ~HIGH_BITS;
        // an upper-case letter with the 0x20 bit set is its lower case; no other byte becomes a letter
        return (inRange(low | 0x20 * EVERY_BYTE, 'a', 'z') | inRange(low, '0', '9')) & ~w;
    }

    /**
     * Scans the line {@code line[from, n)}, appending its tokens to {@code out}; {@code sentence} is
     * the index of the sentence the line starts (a line end ends a sentence). Returns the index for
     * the next line. {@code bytes} holds the line's chars as {@link #buffer} wrote them, so that a
     * plain word of up to eight chars is measured and packed from one eight-byte read: its end is
     * then found without a branch per char (whose exit, at a different length each word, the CPU
     * mispredicts).
     */
    private static int scan(char[] line, byte[] bytes, int from, int n, TokenBuffer out, int sentence) {
        byte termBits = out.triggers.termBits;
        byte[] surfaceBits = out.triggers.asciiSurface;
        boolean inSentence = false;
        int i = from;
        while (i < n) {
            char c = line[i];
            int cls = ASCII[c]; // a load, not a branch and a load
            int start = i;
            if (cls > 0 && (i + 1 >= n || line[i + 1] != '.')) {
                // the common case, a plain ASCII word or number: memo key, flags and bits while scanning
                int first = cls;
                long w = (long) EIGHT_BYTES.get(bytes, i); // the char at i in the top byte
                int run = Math.min(Long.numberOfLeadingZeros(~letterOrDigits(w) & HIGH_BITS) >>> 3, n - i);
                long packed;
                long digitBits;
                if (run < Long.BYTES) {
                    int rest = Long.SIZE - Byte.SIZE * run; // run >= 1: the char at i is a letter or digit
                    packed = w >>> rest; // TermMemo.pack of the run's chars
                    digitBits = digits(w) >>> rest;
                    i += run;
                } else {
                    // eight chars or more: the next eight bytes likewise, then the char loop from the seventeenth
                    long w2 = (long) EIGHT_BYTES.get(bytes, i + Long.BYTES);
                    int run2 = Math.min(Long.numberOfLeadingZeros(~letterOrDigits(w2) & HIGH_BITS) >>> 3, n - i - Long.BYTES);
                    if (run2 < Long.BYTES) {
                        int rest = Long.SIZE - 1 - Byte.SIZE * run2; // shifted one bit less, then one more: run2 may be 0
                        packed = w << Byte.SIZE * run2 | w2 >>> 1 >>> rest; // the last eight chars
                        digitBits = digits(w) | digits(w2) >>> 1 >>> rest;
                        i += Long.BYTES + run2;
                    } else {
                        packed = w2;
                        digitBits = digits(w) | digits(w2);
                        i += 2 * Long.BYTES;
                        while (i < n && ASCII[line[i]] > 0) {
                            packed = TermMemo.pack(packed, line[i]);
                            digitBits |= ASCII[line[i]] & DIGIT;
                            i++;
                        }
                    }
                }
                if (i < n) {
                    c = line[i];
                    cls = ASCII[c];
                }
                int any = first | (digitBits != 0 ? DIGIT : 0);
                // what may carry the token on: an apostrophe, a non-ASCII char, "US$", a number's "." or ","
                if (i == n || cls == 0 && c != '\'' && c != '$' && (first != DIGIT || c != '.' && c != ',')) {
                    int f = (inSentence ? 0 : TokenBuffer.SENTENCE_START) | first & UPPER | any & DIGIT;
                    out.addSurface(start, i, sentence, (byte) f, packed, (byte) (termBits | surfaceBits[line[start]]));
                    inSentence = true;
                    if (i < n && c == ' ') {
                        i++; // the usual word end: no sentence end to test
                    } else if (endsSentence(line, start, i, n, false)) {
                        sentence++;
                        inSentence = false;
                    }
                    continue;
                }
                i = first == DIGIT ? number(line, start, n) : wordOrPrefixed(line, start, n);
            } else if (c == '%') {
                i++;
            } else if (isCurrency(c) && i + 1 < n && isDigit(line[i + 1])) {
                i = number(line, i + 1, n);
            } else if (cls == 0 || cls < 0 && !Character.isLetterOrDigit(c)) {
                i++;
                continue;
            } else if (c >= Scripts.FIRST_UNSPACED && Scripts.isUnspaced(c)) {
                // no spaces to split on: overlapping character bigrams are the terms (a lone char
                // is its own), so shingles and anchors work on them as on words
                i = unspacedEnd(line, i, n);
                if (i - start == 1) {
                    out.add(start, i, null, sentence, !inSentence);
                }
                for (int k = start; k + 1 < i; k++) {
                    out.add(k, k + 2, null, sentence, !inSentence && k == start);
                }
                inSentence = true;
                if (i < n && Scripts.isFullStop(line[i])) {
                    sentence++;
                    inSentence = false;
                }
                continue;
            } else if (letter(c) && isAcronymStart(line, i, n)) {
                i = acronym(line, i, n);
                // an acronym's term is its surface without dots
                out.add(start, i, removeDots(line, start, i), sentence, !inSentence);
                inSentence = true;
                if (endsSentence(line, start, i, n, true)) {
                    sentence++;
                    inSentence = false;
                }
                continue;
            } else if (isDigit(c)) {
                i = number(line, i, n);
            } else {
                i = wordOrPrefixed(line, start, n);
            }
            out.add(start, i, null, sentence, !inSentence);
            inSentence = true;
            if (endsSentence(line, start, i, n, false)) {
                sentence++;
                inSentence = false;
            }
        }
        return inSentence ? sentence + 1 : sentence;
    }

    /** A word, or "US$300": an upper-case currency prefix glued to a number. */
    private static int wordOrPrefixed(char[] line, int start, int n) {
        int i = word(line, start, n);
        if (i < n && isCurrency(line[i]) && i + 1 < n && isDigit(line[i + 1])
                && i - start <= 3 && allUpper(line, start, i)) {
            i = number(line, i + 1, n);
        }
        return i;
    }

    private static boolean endsSentence(char[] line, int start, int i, int n, boolean acronym) {
        int j = i;
        boolean dotOnly = true;
        if (acronym && line[j - 1] == '.') {
            // "U.S. President": the acronym's dot says nothing, unless a sentence opener follows
            return j + 1 < n && line[j] == ' ' && SENTENCE_OPENERS.contains(nextWord(line, j + 1, n));
        }
        while (j < n && (line[j] == '.' || line[j] == '!' || line[j] == '?')) {
            dotOnly &= line[j] == '.';
            j++;
        }
        if (j == i) {
            return false;
        }
        while (j < n && Lines.isCloser(line[j])) {
            j++;
        }
        if (j < n && line[j] != ' ') {
            return false;
        }
        if (dotOnly && j - i == 1) {
            if (i - start == 1 && Character.isUpperCase(line[start])) {
                return false; // an initial: "Robert E. Lighthizer"
            }
            // lower-casing never shortens a word: longer ones need no copy to miss the set
            return i - start > MAX_ABBREVIATION || !isAbbreviation(line, start, i);
        }
        return true;
    }

    private static boolean isAcronymStart(char[] line, int i, int n) {
        return i + 2 < n && line[i + 1] == '.' && letter(line[i + 2])
                && (i + 3 >= n || !letterOrDigit(line[i + 3]));
    }

    private static int acronym(char[] line, int i, int n) {
        while (i + 1 < n && letter(line[i]) && line[i + 1] == '.'
                && (i + 2 >= n || !letterOrDigit(line[i + 2]) || isAcronymLetter(line, i + 2, n))) {
            i += 2;
        }
        if (i < n && letter(line[i]) && (i + 1 >= n || !letterOrDigit(line[i + 1]))) {
            i++; // "U.S" without the final dot
        }
        return i;
    }

    private static boolean isAcronymLetter(char[] line, int i, int n) {
        return letter(line[i]) && (i + 1 >= n || !letterOrDigit(line[i + 1]));
    }

    /** The end of the run of unspaced-script chars at {@code i}. */
    private static int unspacedEnd(char[] line, int i, int n) {
        while (i < n && Scripts.isUnspaced(line[i])) {
            i++;
        }
        return i;
    }

    /**
     * The end of the word at {@code i}; an apostrophe inside it needs a letter on both sides. An
     * unspaced-script char ends it ("iPhone" in "iPhone手机"): those chars make bigrams of their own.
     */
    private static int word(char[] line, int i, int n) {
        int first = i;
        while (i < n) {
            char c = line[i];
            if ((letterOrDigit(c) || isMark(c)) && (c < Scripts.FIRST_UNSPACED || !Scripts.isUnspaced(c))) {
                i++;
            } else if (c == '\'' && i + 1 < n && letter(line[i + 1]) && i > first
                    && letter(line[i - 1])) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int number(char[] line, int i, int n) {
        while (i < n) {
            char c = line[i];
            if (isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < n && isDigit(line[i + 1])) {
                i++;
            } else if (letter(c)) {
                return word(line, i, n); // "1.5bn", "20th"
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean allUpper(char[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(line[i])) {
                return false;
            }
        }
        return true;
    }

    private static String removeDots(char[] s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (s[i] != '.') {
                b.append(s[i]);
            }
        }
        return b.toString();
    }

    /** Character.isLetterOrDigit with the ASCII answer from a table: most chars of most text are ASCII. */
    static boolean letterOrDigit(char c) {
        return c < 0x80 ? ASCII[c] != 0 : Character.isLetterOrDigit(c);
    }

    /** Character.isLetter with the ASCII answer from a table. */
    static boolean letter(char c) {
        return c < 0x80 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isCurrency(char c) {
        // '$' is the only ASCII one: other chars below the pound sign need one compare
        return c == '$' || c >= '\u00a3' && (c == '\u20ac' || c == '\u00a3' || c == '\u00a5' || c == '\u20b9');
    }

    /** Combining marks start at U+0300: the common chars that end words need no type lookup. */
    private static final char FIRST_MARK = '\u0300';

    private static boolean isMark(char c) {
        if (c < FIRST_MARK) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
