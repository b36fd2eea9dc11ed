package dev.storyprint.engine.analysis;

import java.util.Locale;

/** Lower-cases every term (locale-neutral); the surface keeps the case for case-aware filters. */
final class LowerCase implements TermFilter {

    @Override
    public String term(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }
}
