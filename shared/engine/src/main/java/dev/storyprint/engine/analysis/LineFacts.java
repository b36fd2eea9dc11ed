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
    /** Two spaces in a row, or a space at either end: the word count came from a full count. */
    static final int LOOSE_SPACE = 1 << 8;
    /** The line may hold one of {@link DropCreditLines#PRE_CHECK}. */
    static final int CREDIT = 1 << 9;
    private static final int ALL = -1;

    /** Where a char's entry in {@link #CHAR_FLAGS} counts a space. */
    private static final int SPACE_SHIFT = 16;
    /**
     * Flags of every char, and {@code 1 << SPACE_SHIFT} for the space: one load per char gives both
     * (a table over all of UTF-16, so no range test; only its ASCII part is hot).
     */
    private static final int[] CHAR_FLAGS = new int[1 << 16];

    static {
        for (int c = 0x80; c < CHAR_FLAGS.length; c++) {
            CHAR_FLAGS[c] = NON_ASCII;
        }
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
        CHAR_FLAGS[' '] = 1 << SPACE_SHIFT;
    }

    /** The facts of {@code line}. */
    static long of(String line) {
        int n = line.length();
        char[] chars = CharScratch.of(line);
        long facts = of(chars, 0, n);
        return DropCreditLines.preCheck(line) ? facts | CREDIT : facts;
    }

    /**
     * The facts of {@code chars[from, to)} but {@link #CREDIT} (the caller adds it). Branch-free per
     * char: two spaces in a row show as the space bit in two consecutive table entries.
     */
    static long of(char[] chars, int from, int to) {
        int flags = 0;
        int spaces = 0;
        int pairs = 0; // bit SPACE_SHIFT set after two spaces in a row
        int prev = 0;
        for (int i = from; i < to; i++) {
            int v = CHAR_FLAGS[chars[i]];
            flags |= v;
            spaces += v >>> SPACE_SHIFT;
            pairs |= v & prev;
            prev = v;
        }
        flags &= (1 << SPACE_SHIFT) - 1;
        boolean loose = pairs >>> SPACE_SHIFT != 0 || to > from && (chars[from] == ' ' || chars[to - 1] == ' ');
        int words;
        if (loose) {
            flags |= LOOSE_SPACE;
            words = Lines.wordCount(new String(chars, from, to - from), Integer.MAX_VALUE - 1);
        } else {
            words = to > from ? spaces + 1 : 0; // single spaces between words
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
}
