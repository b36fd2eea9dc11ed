package dev.storyprint.engine;

import dev.storyprint.engine.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Minimal tokenization used only while {@code Analyzer.standard()} is unavailable: words are runs
 * of letters and digits (apostrophes inside a word kept out of the term), sentences end at
 * {@code .!?} followed by white space, or at a line break.
 */
final class FallbackTokenizer {
    private FallbackTokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int sentence = 0;
        boolean atStart = true;
        int n = text.length();
        int i = 0;
        StringBuilder surface = new StringBuilder();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                surface.setLength(0);
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        surface.append(d);
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                            && !surface.isEmpty()) {
                        // skip the apostrophe: "didn't" -> didnt
                    } else {
                        break;
                    }
                    i++;
                }
                String s = surface.toString();
                out.add(new Token(s.toLowerCase(Locale.ROOT), s, sentence, atStart));
                atStart = false;
                continue;
            }
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))
                    || text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\u201d'))) {
                if (!atStart) {
                    sentence++;
                    atStart = true;
                }
            }
            i++;
        }
        return out;
    }
}
