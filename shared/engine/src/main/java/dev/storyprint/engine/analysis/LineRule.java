package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * A line filter that looks at one line at a time, given the line's {@link LineFacts}: the analyzer
 * runs a row of them line by line with the facts found once (and found again only when a rule
 * changes the line); on its own, a rule finds the facts itself. A class, not an interface: the
 * analyzer's call site sees every rule, and a virtual call is cheaper there than an interface one.
 */
abstract class LineRule implements LineFilter {
    /** The line kept (possibly changed), or null (or blank) to drop it; {@code line} is not empty. */
    abstract String line(String line, long facts);

    /** The rule alone on one line. */
    String line(String line) {
        return line(line, LineFacts.of(line));
    }

    @Override
    public List<String> apply(List<String> lines) {
        return LineFilter.each(lines, this::line);
    }
}
