package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinesTest {
    /** The definition: runs of non-space chars, counting stops once past {@code stopAfter}. */
    private static int reference(String line, int stopAfter) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (++words > stopAfter) {
                    return words;
                }
            }
        }
        return words;
    }

    @Test
    void wordCountAgreesWithTheCharByCharDefinition() {
        assertEquals(0, Lines.wordCount("", 5));
        assertEquals(0, Lines.wordCount("   ", 5));
        assertEquals(3, Lines.wordCount(" a  bc d ", 5));
        assertEquals(3, Lines.wordCount("a b c d e", 2));
        Random r = new Random(11);
        String alphabet = "  ab\u2014\u00e9.";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String line = sb.toString();
            int stop = r.nextInt(12);
            assertEquals(reference(line, stop), Lines.wordCount(line, stop), line);
        }
    }
}
