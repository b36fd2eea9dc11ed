package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link AnalyzedTerms#LONG_TERM} is set exactly on the long terms, whichever step set the term. */
class AnalyzedTermsTest {
    /** Every way a term is set: memo hits and misses, acronyms, splits, merges, folds, non-ASCII words. */
    private static final String TEXT = String.join("\n\n",
            "Negotiations between the U.S. and the United Kingdom resumed on Sept. 3, officials said.",
            "Exports rose to US$300bn, or nine per cent, and 12% more semiconductors shipped in Q.3.",
            "Mr. Lighthizer's colleagues, including Dr. Schwarzenegger-Müllerová, organised consultations.",
            "Négociations: the théâtre's programme, the colour of the organisation, 1,234,567 tonnes.",
            "Negotiations between the U.S. and the United Kingdom resumed on Sept. 3, officials said.");

    private static void assertLongTermFlags(String text) {
        AnalyzedTerms a = Analyzer.standard().terms(text);
        for (int i = 0; i < a.terms().length; i++) {
            String t = a.terms()[i];
            assertEquals(t.length() >= AnalyzedTerms.LONG_TERM_CHARS, (a.flags()[i] & AnalyzedTerms.LONG_TERM) != 0,
                    "term " + i + " '" + t + "'");
        }
    }

    @Test
    void longTermFlagFollowsTheTerm() {
        assertLongTermFlags(TEXT);
        AnalyzedTerms a = Analyzer.standard().terms(TEXT);
        int longTerms = 0;
        for (byte f : a.flags()) {
            longTerms += (f & AnalyzedTerms.LONG_TERM) != 0 ? 1 : 0;
        }
        assertTrue(longTerms >= 6, "the text has long terms: " + longTerms);
    }

    @Test
    void longTermFlagFollowsTheTermOnSeedsAndSamples() throws IOException {
        String dir = System.getProperty("storyprint.shared.dir");
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("seeds", "samples")) {
            Path d = dir == null ? null : Path.of(dir, sub);
            if (d != null && Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(!files.isEmpty(),
                "no seeds or samples under storyprint.shared.dir (skipping)");
        for (Path f : files) {
            assertLongTermFlags(Files.readString(f, StandardCharsets.UTF_8));
        }
    }
}
