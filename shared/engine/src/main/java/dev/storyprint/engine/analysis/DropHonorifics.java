package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops honorifics before a capitalized name ("Mr Trump", "Dr. Scissors", "Ms Claire Reade"): some
 * house styles use them, others never. A dropped sentence opener passes its sentence start on.
 */
final class DropHonorifics implements TokenFilter {
    /** The longest honorific ("messrs"): a cheap length test spares most words the set lookup. */
    static final int MAX_HONORIFIC_LENGTH = 6;
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "messrs", "mme", "mlle");

    /** Every honorific starts with m, d or p: a char test spares most short words the set probe. */
    private static boolean mayBeHonorific(String term) {
        if (term.isEmpty()) {
            return false;
        }
        char c = term.charAt(0);
        return c == 'm' || c == 'd' || c == 'p';
    }

    @Override
    public List<Token> apply(List<Token> tokens) {
        List<Token> out = null; // copied only once an honorific is found
        boolean passStart = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // the capital first: most tokens then never touch their term
            if (t.isCapitalized() && t.term().length() <= MAX_HONORIFIC_LENGTH && mayBeHonorific(t.term()) && HONORIFICS.contains(t.term())
                    && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                    && tokens.get(i + 1).sentence() == t.sentence()) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                passStart = t.sentenceStart();
                continue;
            }
            if (out != null) {
                out.add(passStart ? new Token(t.term(), t.surface(), t.sentence(), true) : t);
            }
            passStart = false;
        }
        return out == null ? tokens : out;
    }
}
