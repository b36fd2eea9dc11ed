package dev.storyprint.engine.analysis;

/**
 * Drops short link teasers opened by a one- or two-word label ("Opinion: Has the trade war started
 * yet?", "Read more: ...", "WATCH: ..."): links to other stories, inserted per outlet. A line ending
 * like a sentence is kept ("He said: we will stay.").
 */
final class DropLabelledTeasers extends LineRule {
    /** Teasers are headline-length; a longer "Word: ..." line is prose or a quote. */
    static final int MAX_WORDS = 16;
    /** The label is one or two short words ("Opinion", "Read more", "Also read"). */
    static final int MAX_LABEL_CHARS = 20;

    @Override
    String line(String line, long facts) {
        if (!LineFacts.any(facts, LineFacts.COLON)) {
            return line;
        }
        int colon = line.indexOf(':');
        if (colon < 2 || colon > MAX_LABEL_CHARS || colon + 1 >= line.length() || line.charAt(colon + 1) != ' '
                || !Character.isUpperCase(line.charAt(0)) || LineFacts.words(facts) > MAX_WORDS) {
            return line;
        }
        int spaces = 0;
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (!Character.isLetter(c)) {
                return line;
            }
        }
        // a label of at most two words; a teaser is a headline or question, not a sentence ("He said: ... .")
        char last = line.charAt(line.length() - 1);
        return spaces > 1 || last == '.' || last == '"' || last == '\'' ? line : null;
    }
}
