package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What lets the analyzer skip a text filter: the chars it declares it keeps leave any text unchanged. */
class TextFilterSkipTest {
    private static final List<TextFilter> FILTERS = List.of(new StripInvisibleChars(), new NormalizeUnicode(), new FoldQuotes(),
            new FoldDashes(), new NormalizeWhitespace());

    private static List<Character> inert() {
        List<Character> inert = new ArrayList<>();
        for (char c = 0x80; c < 0xffff; c++) {
            if (NormalizeUnicode.inert(c)) {
                inert.add(c);
            }
        }
        return inert;
    }

    @Test
    void inertCharsAreKeptByNfkcAloneAndNextToAnyOtherInertOrAsciiChar() {
        List<Character> inert = inert();
        List<Character> neighbours = new ArrayList<>(inert);
        for (char c = ' '; c <= '~'; c++) {
            neighbours.add(c);
        }
        for (char c : inert) {
            String alone = String.valueOf(c);
            assertEquals(alone, Normalizer.normalize(alone, Normalizer.Form.NFKC), () -> Integer.toHexString(c));
            for (char x : neighbours) {
                String before = "" + x + c;
                String after = "" + c + x;
                assertEquals(before, Normalizer.normalize(before, Normalizer.Form.NFKC), () -> Integer.toHexString(c));
                assertEquals(after, Normalizer.normalize(after, Normalizer.Form.NFKC), () -> Integer.toHexString(c));
            }
        }
    }

    @Test
    void foldDashesMatchesACharByCharFold() {
        FoldDashes filter = new FoldDashes();
        String alphabet = "ab -\u2014\u2013\u2022\u00b7\u00e9";
        Random r = new Random(13);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            StringBuilder expected = new StringBuilder();
            for (char c : text.toString().toCharArray()) {
                expected.append(FoldDashes.separator(c) ? " - " : String.valueOf(c));
            }
            assertEquals(expected.toString(), filter.apply(text.toString()));
        }
    }

    @Test
    void everyFilterKeepsTextOfTheCharsItKeeps() {
        List<Character> candidates = new ArrayList<>(inert());
        for (char c : "\u00a0\u00ad\u200b\u2026\u2033\u00b4\ufeff\u0301".toCharArray()) {
            candidates.add(c);
        }
        Random r = new Random(11);
        for (TextFilter filter : FILTERS) {
            List<Character> kept = new ArrayList<>();
            if (filter.keepsPlainAscii()) {
                for (char c = ' '; c <= '~'; c++) {
                    kept.add(c);
                }
                kept.add('\n');
                kept.add('\t');
            }
            for (char c : candidates) {
                if (filter.keepsBeyondAscii(c)) {
                    kept.add(c);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            for (int round = 0; round < 3000; round++) {
                StringBuilder sb = new StringBuilder();
                for (int i = r.nextInt(20); i > 0; i--) {
                    sb.append((char) kept.get(r.nextInt(kept.size())));
                }
                String text = sb.toString();
                assertSame(text, filter.apply(text), () -> filter.getClass().getSimpleName() + ": " + text);
            }
        }
    }
}
