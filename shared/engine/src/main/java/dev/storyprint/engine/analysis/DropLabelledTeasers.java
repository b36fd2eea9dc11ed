package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Drops short link teasers opened by a one-word label ("Opinion: Has the trade war started yet?",
 * "Related: ...", "WATCH: ..."): links to other stories, inserted per outlet.
 */
final class DropLabelledTeasers implements LineFilter {
    /** Teasers are headline-length; a longer "Word: ..." line is prose or a quote. */
    static final int MAX_WORDS = 16;
    /** The label is one short word. */
    static final int MAX_LABEL_CHARS = 12;

    @Override
    public List<String> apply(List<String> lines) {
        return LineFilter.each(lines, this::line);
    }

    String line(String line) {
        int colon = line.indexOf(':');
        if (colon < 2 || colon > MAX_LABEL_CHARS || colon + 1 >= line.length() || line.charAt(colon + 1) != ' '
                || !Character.isUpperCase(line.charAt(0)) || Lines.wordCount(line, MAX_WORDS) > MAX_WORDS) {
            return line;
        }
        for (int i = 0; i < colon; i++) {
            if (!Character.isLetter(line.charAt(i))) {
                return line;
            }
        }
        return null;
    }
}
