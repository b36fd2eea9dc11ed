package dev.storyprint.engine.analysis;

/** Curly, low-9, prime and guillemet quotes become straight {@code '} and {@code "}. */
final class FoldQuotes implements TextFilter {

    /** Every quote it folds is beyond ASCII. */
    @Override
    public boolean keepsPlainAscii() {
        return true;
    }

    @Override
    public boolean keepsBeyondAscii(char c) {
        return fold(c) == c;
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        char[] chars = CharScratch.of(text); // folded in place
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                char folded = fold(c);
                changed |= folded != c;
                chars[i] = folded;
            }
        }
        return changed ? new String(chars, 0, n) : text;
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c;
        }
        switch (c) {
            case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '\u2039': case '\u203a':
            case '\u02bc': case '\u00b4':
                return '\'';
            case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033': case '\u00ab': case '\u00bb':
                return '"';
            default:
                return c;
        }
    }
}
