package dev.storyprint.engine.analysis;

/**
 * A per-thread scratch char array for one scan at a time (never held across calls): a loop over an
 * array beats String.charAt's per-call checks, most of all on UTF-16 strings, without a fresh copy.
 */
final class CharScratch {
    private CharScratch() {}

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1 << 14]);

    /** The chars of {@code text} from index 0 in a scratch array at least as long. */
    static char[] of(String text) {
        int n = text.length();
        char[] chars = CHARS.get();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
            CHARS.set(chars);
        }
        text.getChars(0, n, chars, 0);
        return chars;
    }
}
