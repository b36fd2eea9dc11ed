package dev.storyprint.engine.analysis;

/**
 * Drops the possessive "'s" and any inner apostrophe ("china's" -> "china", "don't" -> "dont"), so
 * a possessive rewritten as "of China" still shares the word.
 */
final class FoldApostrophes implements TermFilter {

    @Override
    public String term(String term) {
        if (term.indexOf('\'') < 0) {
            return term;
        }
        String t = term.endsWith("'s") ? term.substring(0, term.length() - 2) : term;
        return t.replace("'", "");
    }
}
