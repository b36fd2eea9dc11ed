package dev.storyprint.engine.analysis;

import java.util.Set;

/**
 * Drops honorifics before a capitalized name ("Mr Trump", "Dr. Scissors", "Ms Claire Reade"): some
 * house styles use them, others never. A dropped sentence opener passes its sentence start on.
 */
final class DropHonorifics extends Triggers.TriggeredFilter implements Triggers.OnTerms {
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

    /** The {@link Triggers} test. */
    @Override
    public boolean triggeredBy(String term) {
        return term.length() <= MAX_HONORIFIC_LENGTH && HONORIFICS.contains(term);
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        byte bit = bit();
        if (!tokens.anyMayTrigger(bit)) {
            return tokens;
        }
        int n = tokens.size;
        boolean passStart = false;
        for (int i = 0; i < n; i++) {
            // the capital first: most tokens then never touch their term
            if (tokens.mayTrigger(i, bit) && tokens.isCapitalized(i) && tokens.term(i).length() <= MAX_HONORIFIC_LENGTH && mayBeHonorific(tokens.term(i))
                    && HONORIFICS.contains(tokens.term(i)) && i + 1 < n && tokens.isCapitalized(i + 1)
                    && tokens.sentence[i + 1] == tokens.sentence[i]) {
                passStart = tokens.sentenceStart(i);
                tokens.drop(i);
                continue;
            }
            if (passStart) {
                tokens.setSentenceStart(i);
            }
            passStart = false;
        }
        tokens.compact();
        return tokens;
    }
}
