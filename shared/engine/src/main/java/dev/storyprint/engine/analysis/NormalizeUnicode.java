package dev.storyprint.engine.analysis;

import java.text.Normalizer;

/**
 * Unicode NFKC: composed accents, full-width forms, ligatures and no-break spaces become their
 * plain equivalents, so the same word typed two ways compares equal. ASCII text skips the work.
 */
final class NormalizeUnicode implements TextFilter {

    /** NFKC maps ASCII to itself. */
    @Override
    public boolean keepsPlainAscii() {
        return true;
    }

    /**
     * Chars beyond ASCII that news text is full of and NFKC keeps: no decomposition, combining
     * class 0, never composed with a neighbour (checked against the JDK in the tests): the Latin-1
     * letters, curly and angle quotes, primes, dashes, bullets, the middle dot, currency signs.
     */
    static boolean inert(char c) {
        return c >= '\u00c0' && c <= '\u00ff'
                || c >= '\u2018' && c <= '\u201f' || c == '\u2032' || c == '\u2039' || c == '\u203a'
                || c == '\u02bc' || c == '\u00ab' || c == '\u00bb'
                || c >= '\u2012' && c <= '\u2015' || c == '\u2212' || c == '\u2022' || c == '\u25aa'
                || c == '\u25cf' || c == '\u00b7'
                || c == '\u00a3' || c == '\u00a5' || c == '\u20ac' || c == '\u20b9';
    }

    @Override
    public boolean keepsBeyondAscii(char c) {
        return inert(c);
    }

    @Override
    public String apply(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !inert(c)) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
