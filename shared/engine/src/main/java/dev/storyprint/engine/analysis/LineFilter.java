package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A paragraph-level step: lines (paragraphs) in, lines out. Most filters look at one line at a time
 * and use {@link #each}; a few (unwrapping, repeated captions) need the neighbours.
 */
interface LineFilter {
    List<String> apply(List<String> lines);

    /** Applies {@code rule} to every line; a null or blank result drops the line. */
    static List<String> each(List<String> lines, UnaryOperator<String> rule) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String kept = line.isEmpty() ? line : rule.apply(line);
            if (kept != null && !kept.isBlank()) {
                out.add(kept.strip());
            } else if (line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }
}
