package dev.storyprint.engine.analysis;

/**
 * What the line rules ask of a line, found in one scan and packed in a long: the word count and
 * flags for the few characters and letter runs that can set a rule off. A rule asks the facts
 * first and reads the line only when its trigger is there, so an ordinary prose line costs one
 * scan for all rules. A flag may be set needlessly, never missing: the rules' own tests decide.
 * {@link #open} facts (every flag set) make a rule run its full test, as it does without facts.
 */
final class LineFacts {
    private LineFacts() {}

    static final int COLON = 1;
    static final int PAREN = 1 << 1;
    static final int BRACKET = 1 << 2;
    static final int SLASH = 1 << 3;
    static final int DASH = 1 << 4;
    static final int CURRENCY = 1 << 5;
    /** A char from U+0080 up: the rules that lower-case or match symbols beyond ASCII run in full. */
    static final int NON_ASCII = 1 << 6;
    /** A control char or DEL: not in the plain form. */
    static final int CONTROL = 1 << 7;
    /** Two spaces in a row, or a space at either end (or an '@' or '`' next to a space: same letter slot). */
    static final int LOOSE_SPACE = 1 << 8;
    /** One of {@link DropCreditLines}'s pre-check anchors (a three-letter run) may be in the line. */
    static final int CREDIT_HINT = 1 << 9;
    private static final int ALL = -1;

    /** Flags of the ASCII chars. */
    private static final int[] CHAR_FLAGS = new int[128];
    /**
     * Flags of the last three letters seen, indexed by their 5-bit letter codes ({@code (c | 0x20) & 31}:
     * case-folded letters are exact, other chars share slots with them, which only adds hints).
     */
    private static final byte[] TRIGRAM_FLAGS = new byte[1 << 15];
    private static final int TRIGRAM_SHIFT = 8; // TRIGRAM_FLAGS hold flags >> 8 in a byte

    static {
        for (int c = 0; c < 0x20; c++) {
            CHAR_FLAGS[c] = CONTROL;
        }
        CHAR_FLAGS[0x7f] = CONTROL;
        CHAR_FLAGS[':'] = COLON;
        CHAR_FLAGS['('] = PAREN;
        CHAR_FLAGS['['] = BRACKET;
        CHAR_FLAGS['/'] = SLASH;
        CHAR_FLAGS['-'] = DASH;
        CHAR_FLAGS['$'] = CURRENCY;
        for (int first = 0; first < 32; first++) {
            TRIGRAM_FLAGS[(first << 10)] |= (byte) (LOOSE_SPACE >> TRIGRAM_SHIFT); // slot 0 twice: two spaces
        }
        for (String anchor : DropCreditLines.PRE_CHECK_ANCHORS) {
            TRIGRAM_FLAGS[trigram(anchor)] |= (byte) (CREDIT_HINT >> TRIGRAM_SHIFT);
        }
    }

    private static int code(char c) {
        return (c | 0x20) & 31;
    }

    private static int trigram(String s) {
        return code(s.charAt(0)) << 10 | code(s.charAt(1)) << 5 | code(s.charAt(2));
    }

    /** The facts of {@code line}. */
    static long of(String line) {
        int n = line.length();
        char[] chars = Buffer.chars(n);
        line.getChars(0, n, chars, 0);
        return of(chars, 0, n);
    }

    /** The facts of {@code chars[from, to)}; branch-free per char, so spaces cost no mispredictions. */
    static long of(char[] chars, int from, int to) {
        int flags = 0;
        int trigramFlags = 0;
        int spaces = 0;
        int trigram = 0; // two spaces before the line: a leading space reads as a double one
        for (int i = from; i < to; i++) {
            int c = chars[i];
            flags |= CHAR_FLAGS[c & 0x7f] | (0x7f - c) >> 31 & NON_ASCII;
            int code = (c | 0x20) & 31;
            spaces += ((c ^ ' ') - 1) >>> 31;
            trigram = (trigram << 5 | code) & 0x7fff;
            trigramFlags |= TRIGRAM_FLAGS[trigram];
        }
        flags |= (trigramFlags & 0xff) << TRIGRAM_SHIFT;
        if (to > from && chars[to - 1] == ' ') {
            flags |= LOOSE_SPACE;
        }
        int words;
        if ((flags & LOOSE_SPACE) == 0) {
            words = to > from ? spaces + 1 : 0; // single spaces between words
        } else {
            words = Lines.wordCount(new String(chars, from, to - from), Integer.MAX_VALUE - 1);
        }
        return (long) words << 32 | (flags & 0xffffffffL);
    }

    /** Facts that send every rule through its full test (for checking the facts against it). */
    static long open(String line) {
        return (long) Lines.wordCount(line, Integer.MAX_VALUE - 1) << 32 | (ALL & 0xffffffffL);
    }

    static int words(long facts) {
        return (int) (facts >>> 32);
    }

    /** True when any of {@code flags} is set. */
    static boolean any(long facts, int flags) {
        return ((int) facts & flags) != 0;
    }

    /** A per-thread scratch array, grown as needed. */
    static final class Buffer {
        private Buffer() {}

        private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1 << 14]);

        static char[] chars(int size) {
            char[] chars = CHARS.get();
            if (chars.length < size) {
                chars = new char[Math.max(size, 2 * chars.length)];
                CHARS.set(chars);
            }
            return chars;
        }
    }
}
