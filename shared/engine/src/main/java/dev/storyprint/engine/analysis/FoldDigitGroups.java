package dev.storyprint.engine.analysis;

/** Removes thousands separators from numbers ("2,000" -> "2000", "$1,500" -> "$1500"). */
final class FoldDigitGroups implements TermFilter {

    @Override
    public String term(String term) {
        return term.indexOf(',') < 0 ? term : term.replace(",", "");
    }
}
