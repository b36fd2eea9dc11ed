package dev.storyprint.engine.analysis;

/** Curly, low-9, prime and guillemet quotes become straight {@code '} and {@code "}. */
final class FoldQuotes implements TextFilter {

    /** Every quote it folds is beyond ASCII. */
    @Override
    public boolean keepsPlainAscii() {
        return true;
    }

    @Override
    public String apply(String text) {
        char[] chars = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
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
