package dev.storyprint.engine.analysis;

import java.util.Map;
import java.util.Set;

/**
 * House-style names of a few countries and unions become one term: "U.S.", "U.S", "US", "USA",
 * "United States (of America)" -> "u_s"; likewise "u_k", "u_n", "e_u". Only the upper-case surface
 * "US" folds: the pronoun "us" keeps its term, and the folded term has an underscore so it never
 * collides with it.
 */
final class FoldCountryNames extends Triggers.TriggeredFilter implements Triggers.OnSurfaces {
    /** Acronym surfaces (dots removed, upper case) to folded terms. */
    private static final Map<String, String> ACRONYMS = Map.of(
            "US", "u_s", "USA", "u_s", "UK", "u_k", "UN", "u_n", "EU", "e_u");
    /** Capitalized two-word names to folded terms, keyed by "first second" in lower case. */
    private static final Map<String, String> NAMES = Map.of(
            "united states", "u_s", "united kingdom", "u_k", "united nations", "u_n", "european union", "e_u");

    private static final TokenBuffer.Literal OF = TokenBuffer.Literal.of("of");

    /** First words of {@link #NAMES}: most capitalized words need no pair lookup. */
    private static final Set<String> FIRST_WORDS = Set.of("united", "european");

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        byte bit = bit();
        if (!tokens.anyMayTrigger(bit)) {
            return tokens;
        }
        int n = tokens.size;
        for (int i = tokens.nextTrigger(0, bit); i < n; i = tokens.nextTrigger(i + 1, bit)) {
            // both folds need a capitalized word: the flag spares the others the surface read
            if (tokens.isCapitalized(i)) {
                i = fold(tokens, i, n);
            }
        }
        tokens.compact();
        return tokens;
    }

    /**
     * Folds the capitalized token {@code i} (and the name's other words) if it names a country;
     * returns the last token index it consumed. Out of the loop above: the loop over every token
     * stays small, and the JIT's rare-path guesses in here do not throw its compiled code away.
     */
    private static int fold(TokenBuffer tokens, int i, int n) {
        String surface = tokens.surface(i);
        String acronym = surface.length() <= 6 ? ACRONYMS.get(upperNoDots(surface)) : null;
        if (acronym != null && isUpper(surface)) {
            tokens.setTerm(i, acronym, false);
            return i;
        }
        if (i + 1 < n && FIRST_WORDS.contains(tokens.term(i))) {
            int next = i + 1;
            String name = tokens.isCapitalized(next) && tokens.sentence[next] == tokens.sentence[i]
                    ? NAMES.get(tokens.term(i) + " " + tokens.term(next)) : null;
            if (name != null) {
                tokens.setTerm(i, name, false);
                tokens.drop(++i); // a two-word name leaves one token
                // "United States of America"
                if (name.equals("u_s") && i + 2 < n && tokens.termIs(i + 1, OF)
                        && tokens.surfaceEquals(i + 2, "America")) {
                    tokens.drop(++i);
                    tokens.drop(++i);
                }
            }
        }
        return i;
    }

    /**
     * The {@link Triggers} test, on the first char of a capitalized surface: every acronym and name
     * starts with an upper-case U or E, so other ASCII-initial surfaces skip both lookups. Non-ASCII
     * initials take the full path (case mapping is not ASCII-only).
     */
    @Override
    public boolean triggeredBy(char first) {
        return first >= 0x80 || first == 'U' || first == 'E';
    }

    private static boolean isUpper(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (Character.isLowerCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String upperNoDots(String surface) {
        return surface.indexOf('.') < 0 ? surface : surface.replace(".", "");
    }
}
