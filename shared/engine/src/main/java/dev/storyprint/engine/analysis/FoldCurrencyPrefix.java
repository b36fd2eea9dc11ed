package dev.storyprint.engine.analysis;

/**
 * "US$300" is house style for "$300": the "us" prefix of a dollar amount is dropped. Other prefixes
 * ("s$408", "a$10") name other currencies and stay. Runs on lower-cased terms.
 */
final class FoldCurrencyPrefix implements TermFilter {

    @Override
    public String term(String term) {
        return term.startsWith("us$") ? term.substring(2) : term;
    }
}
