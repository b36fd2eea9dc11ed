package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * House-style names of a few countries and unions become one term: "U.S.", "U.S", "US", "USA",
 * "United States (of America)" -> "u_s"; likewise "u_k", "u_n", "e_u". Only the upper-case surface
 * "US" folds: the pronoun "us" keeps its term, and the folded term has an underscore so it never
 * collides with it.
 */
final class FoldCountryNames implements TokenFilter {
    /** Acronym surfaces (dots removed, upper case) to folded terms. */
    private static final Map<String, String> ACRONYMS = Map.of(
            "US", "u_s", "USA", "u_s", "UK", "u_k", "UN", "u_n", "EU", "e_u");
    /** Capitalized two-word names to folded terms, keyed by "first second" in lower case. */
    private static final Map<String, String> NAMES = Map.of(
            "united states", "u_s", "united kingdom", "u_k", "united nations", "u_n", "european union", "e_u");

    /** First words of {@link #NAMES}: most capitalized words need no pair lookup. */
    private static final Set<String> FIRST_WORDS = Set.of("united", "european");

    @Override
    public List<Token> apply(List<Token> tokens) {
        List<Token> out = null; // copied only once a name folds
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!mayFold(t.surface())) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            String acronym = t.surface().length() <= 6 && t.isCapitalized() ? ACRONYMS.get(upperNoDots(t.surface())) : null;
            if (acronym != null && isUpper(t.surface())) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.add(t.withTerm(acronym));
                continue;
            }
            if (t.isCapitalized() && i + 1 < tokens.size() && FIRST_WORDS.contains(t.term())) {
                Token next = tokens.get(i + 1);
                String name = next.isCapitalized() && next.sentence() == t.sentence()
                        ? NAMES.get(t.term() + " " + next.term()) : null;
                if (name != null) {
                    if (out == null) {
                        out = new ArrayList<>(tokens.subList(0, i));
                    }
                    out.add(t.withTerm(name));
                    i++;
                    // "United States of America"
                    if (name.equals("u_s") && i + 2 < tokens.size() && tokens.get(i + 1).term().equals("of")
                            && tokens.get(i + 2).surface().equals("America")) {
                        i += 2;
                    }
                    continue;
                }
            }
            if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * Every acronym and name starts with an upper-case U or E: other ASCII-initial surfaces skip
     * both lookups. Non-ASCII initials take the full path (case mapping is not ASCII-only).
     */
    private static boolean mayFold(String surface) {
        if (surface.isEmpty()) {
            return false;
        }
        char c = surface.charAt(0);
        return c >= 0x80 || c == 'U' || c == 'E';
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
