package dev.storyprint.engine.analysis;

import java.util.List;
import java.util.Locale;

/** Lower-cases every term (locale-neutral); the surface keeps the case for case-aware filters. */
final class LowerCase implements TokenFilter {

    @Override
    public List<Token> apply(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lower = lower(t.term());
            if (!lower.equals(t.term())) {
                tokens.set(i, t.withTerm(lower));
            }
        }
        return tokens;
    }

    private static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }
}
