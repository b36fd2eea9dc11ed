package dev.storyprint.engine.analysis;

/** A character-level step of the chain: whole text in, whole text out. */
interface TextFilter {
    String apply(String text);

    /**
     * True when {@link #apply} returns its input unchanged for every text made only of printable
     * ASCII, line breaks and tabs (see {@link #isPlainAscii}): the analyzer then skips this filter
     * for such text after one shared scan, instead of every filter scanning it again.
     */
    default boolean keepsPlainAscii() {
        return false;
    }

    /**
     * True when {@link #apply} returns its input unchanged for every text made only of chars
     * beyond plain ASCII for which this holds, and plain ASCII if {@link #keepsPlainAscii}: the
     * analyzer skips the filter for such text (curly quotes and accents need no NFKC pass).
     */
    default boolean keepsBeyondAscii(char c) {
        return false;
    }

    /** True when every char is printable ASCII, {@code \n}, {@code \r} or {@code \t}. */
    static boolean isPlainAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((c < ' ' || c > '~') && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
