package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a line that the next line repeats or extends: pages print a photo caption twice, once
 * plain and once with its credit ("Mnuchin walks ... Thursday." then "Mnuchin walks ... Thursday.
 * (Greg Baker/AFP/Getty Images)"). The longer copy is left for the caption filter.
 */
final class DropRepeatedLines implements LineFilter {
    /** Shorter lines repeat by chance ("Yes.", section labels). */
    static final int MIN_LENGTH = 20;

    @Override
    public List<String> apply(List<String> lines) {
        List<String> out = null; // the input itself while nothing is dropped
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() >= MIN_LENGTH && repeatedNext(lines, i)) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                continue;
            }
            if (out != null) {
                out.add(line);
            }
        }
        return out == null ? lines : out;
    }

    private static boolean repeatedNext(List<String> lines, int i) {
        String next = nextNonEmpty(lines, i + 1);
        return next != null && next.startsWith(lines.get(i));
    }

    private static String nextNonEmpty(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) {
                return lines.get(j);
            }
        }
        return null;
    }
}
