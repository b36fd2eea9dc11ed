package dev.storyprint.engine.analysis;

import java.util.Map;

/**
 * Spelled-out small numbers are numerals ("nine" == "9"): house styles differ on where they switch
 * to figures (AP spells out one to nine, others never). "One" and "zero" stay words: as pronoun
 * and in idioms ("one of the sources", "zero tolerance") they are not numbers.
 */
final class FoldNumberWords implements TermFilter {
    private static final Map<String, String> NUMERALS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"), Map.entry("twenty", "20"));
    /** The shortest and longest keys: a length test spares most words the map lookup. */
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 9;

    @Override
    public String term(String term) {
        if (term.length() < MIN_LENGTH || term.length() > MAX_LENGTH) {
            return term;
        }
        String numeral = NUMERALS.get(term);
        return numeral == null ? term : numeral;
    }
}
