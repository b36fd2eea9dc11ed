package dev.storyprint.engine.analysis;

/**
 * Drops byline lines ("By Jane Doe", "By Jane Doe and John Roe, Reuters | Updated 3 hours ago"):
 * a short line opened by "By" and a capitalized name. Bylines change with every republication.
 */
final class DropBylines extends LineRule {
    /** Longer lines opened by "By" are sentences ("By contrast, ..."); bylines are short. */
    static final int MAX_WORDS = 14;

    @Override
    String line(String line, long facts) {
        char first = line.isEmpty() ? ' ' : line.charAt(0); // only 'b' and 'B' fold to "b", so no call for others
        if (line.length() < 4 || first != 'b' && first != 'B' || !Lines.startsWithIgnoreCase(line, 0, "by ")
                || !Character.isUpperCase(line.charAt(3)) || LineFacts.words(facts) > MAX_WORDS) {
            return line;
        }
        // "By Monday, talks had ..." is prose: a byline has no lower-case word of more than 3 letters
        // outside a trailing agency/date part after a comma or bar
        int cut = line.length();
        for (int i = 3; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '|' || c == ';') {
                cut = i;
                break;
            }
        }
        String name = line.substring(3, cut);
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ') {
                String word = name.substring(start, i);
                if (word.length() > 3 && Character.isLowerCase(word.charAt(0))) {
                    return line;
                }
                start = i + 1;
            }
        }
        return null;
    }
}
