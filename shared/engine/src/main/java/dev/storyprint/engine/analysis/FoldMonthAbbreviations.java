package dev.storyprint.engine.analysis;

import java.util.Map;

/**
 * Abbreviated month names are the month ("Aug 16" == "August 16"): a house-style choice. Only a
 * capitalized word inside a sentence counts, so the verb "mar" or a sentence opener is left alone.
 */
final class FoldMonthAbbreviations extends Triggers.TriggeredFilter implements Triggers.OnTerms {
    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
            Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"),
            Map.entry("aug", "august"), Map.entry("sep", "september"), Map.entry("sept", "september"),
            Map.entry("oct", "october"), Map.entry("nov", "november"), Map.entry("dec", "december"));
    /** Abbreviations are three or four letters: a length test spares most words the lookup. */
    private static final int MAX_LENGTH = 4;

    /** The {@link Triggers} test: only these terms can fold. */
    @Override
    public boolean triggeredBy(String term) {
        return term.length() <= MAX_LENGTH && MONTHS.containsKey(term);
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        byte bit = bit();
        if (!tokens.anyMayTrigger(bit)) {
            return tokens;
        }
        for (int i = tokens.nextTrigger(0, bit); i < tokens.size; i = tokens.nextTrigger(i + 1, bit)) {
            if (!tokens.sentenceStart(i) && tokens.isCapitalized(i) && tokens.term(i).length() <= MAX_LENGTH) {
                String month = MONTHS.get(tokens.term(i));
                if (month != null) {
                    tokens.setTerm(i, month, false);
                }
            }
        }
        return tokens;
    }
}
