package dev.storyprint.engine.text;

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese).
 * Their text has no words to split on, so the engine reads each run of such characters as
 * overlapping character bigrams, as search engines index CJK text (Lucene's CJKBigramFilter):
 * a copy keeps most bigrams of its source, an unrelated text shares few. Latin, Greek, Cyrillic,
 * Arabic, Hebrew, Hangul and the like are spaced and keep their words.
 */
public final class Scripts {
    /** Below this char no script is unspaced (Thai starts here): one compare for all Latin text. */
    public static final char FIRST_UNSPACED = '\u0E00';

    private Scripts() {}

    /** True for a char of an unspaced script (its marks included: Thai vowels and tones). */
    public static boolean isUnspaced(char c) {
        if (c < FIRST_UNSPACED) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR
                || c == '\u30FC'; // the katakana long-vowel mark belongs to no one script
    }

    /** The end of the run of unspaced chars starting at {@code from}. */
    public static int runEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isUnspaced(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The terms a run of {@code length} unspaced chars gives: its bigrams, or the lone char. */
    public static int terms(int length) {
        return Math.max(1, length - 1);
    }

    /** Ideographic full stops, which end a sentence without a space after them. */
    public static boolean isFullStop(char c) {
        return c == '\u3002' || c == '\uFF61';
    }
}
