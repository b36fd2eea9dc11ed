package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast NormalizeWhitespace (array scan, resumes after the normal prefix) against the plain rewrite. */
class NormalizeWhitespaceEquivalenceTest {
    @Test
    void sameOutputAsTheReferenceOnRandomWhitespaceMixes() {
        NormalizeWhitespace fast = new NormalizeWhitespace();
        NormalizeWhitespaceReference reference = new NormalizeWhitespaceReference();
        String alphabet = "ab  \n\n\r\t\u00a0\u2028\u000b\u2003.\u00e9\u2014\u0001";
        Random r = new Random(17);
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                // mostly normal text with rarer anomalies, so the resume point moves around
                sb.append(r.nextInt(4) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : "ab \n".charAt(r.nextInt(4)));
            }
            String text = sb.toString();
            assertEquals(reference.apply(text), fast.apply(text), () -> text.replace("\n", "\\n"));
        }
    }
}
