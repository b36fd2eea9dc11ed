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

    @Override
    public String apply(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
