package dev.storyprint.engine.analysis;

/**
 * Removes zero-width characters, soft hyphens, BOMs and control characters (keeping line breaks and
 * tabs): copies pasted through CMSs differ in them while readers never see them.
 */
final class StripInvisibleChars implements TextFilter {

    /** Controls below 0x20 other than line breaks and tabs, and chars from DEL up, are all it removes. */
    @Override
    public boolean keepsPlainAscii() {
        return true;
    }

    @Override
    public boolean keepsBeyondAscii(char c) {
        return !invisible(c);
    }

    @Override
    public String apply(String text) {
        int n = text.length();
        char[] chars = CharScratch.of(text); // compacted in place
        int first = 0;
        while (first < n && !invisible(chars[first])) {
            first++;
        }
        if (first == n) {
            return text;
        }
        int len = first;
        for (int i = first; i < n; i++) {
            char c = chars[i];
            if (!invisible(c)) {
                chars[len++] = c;
            }
        }
        return new String(chars, 0, len);
    }

    static boolean invisible(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\r' && c != '\t';
        }
        if (c < 0x7f) {
            return false;
        }
        return (c >= 0x7f && c <= 0x9f) // DEL and C1 controls
                || c == '\u00ad' // soft hyphen
                || (c >= '\u200b' && c <= '\u200f') // zero-width space/joiners, direction marks
                || (c >= '\u202a' && c <= '\u202e') // bidi embeddings
                || (c >= '\u2060' && c <= '\u2064') // word joiner, invisible operators
                || c == '\ufeff'; // BOM / zero-width no-break space
    }
}
