package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested class per text filter: tiny inputs, exact outputs. */
class TextFiltersTest {

    @Nested
    class StripInvisibleCharsTest {
        private final StripInvisibleChars filter = new StripInvisibleChars();

        @Test
        void removesZeroWidthSoftHyphenBomAndControls() {
            assertEquals("trade talks\n", filter.apply("\ufefftra\u200bde\u00ad tal\u0007ks\u2060\n"));
        }

        @Test
        void keepsLineBreaksAndTabsAndReturnsSameStringWhenClean() {
            String clean = "a\tb\r\nc";
            assertSame(clean, filter.apply(clean));
        }
    }

    @Nested
    class NormalizeUnicodeTest {
        private final NormalizeUnicode filter = new NormalizeUnicode();

        @Test
        void composesAndFoldsCompatibilityForms() {
            assertEquals("Caf\u00e9 fi 12", filter.apply("Cafe\u0301 \ufb01 \uff11\uff12"));
        }

        @Test
        void noBreakSpaceBecomesSpace() {
            assertEquals("US$ 300", filter.apply("US$\u00a0300"));
        }
    }

    @Nested
    class FoldQuotesTest {
        @Test
        void curlyAndAngleQuotesBecomeStraight() {
            assertEquals("\"We've\" 'it' \"x\"", new FoldQuotes().apply("\u201cWe\u2019ve\u201d \u2018it\u2019 \u00abx\u00bb"));
        }
    }

    @Nested
    class FoldDashesTest {
        private final FoldDashes filter = new FoldDashes();

        @Test
        void emDashEnDashAndBulletBecomeSpacedHyphen() {
            assertEquals("YORK - The", filter.apply("YORK\u2014The"));
            assertEquals("YORK  -  The", filter.apply("YORK \u2022 The"));
            assertEquals("(Reuters)  -  The", filter.apply("(Reuters) \u2013 The"));
        }

        @Test
        void leavesHyphensInWords() {
            assertEquals("two-month", filter.apply("two-month"));
        }
    }

    @Nested
    class NormalizeWhitespaceTest {
        private final NormalizeWhitespace filter = new NormalizeWhitespace();

        @Test
        void collapsesSpacesAndTrimsLines() {
            assertEquals("a b\nc", filter.apply("  a \t  b  \r\n   c  "));
        }

        @Test
        void keepsOneBlankLineBetweenParagraphs() {
            assertEquals("a\n\nb", filter.apply("\n\na\r\n\r\n\n\n  \nb\n\n"));
        }

        @Test
        void unicodeLineSeparatorsBreakLines() {
            assertEquals("a\nb", filter.apply("a\u2028b"));
        }

        @Test
        void alreadyNormalTextComesBackAsIs() {
            String normal = "a b\nc\n\nd e";
            assertSame(normal, filter.apply(normal));
            assertEquals(normal, filter.apply(normal + " \n\n\n"));
        }

        @Test
        void nearlyNormalTextStillNormalizes() {
            assertEquals("a\n\nb", filter.apply("a\n\n\nb"));
            assertEquals("a\nb", filter.apply("a \nb"));
            assertEquals("a\nb", filter.apply("a\n b"));
            assertEquals("a b", filter.apply("\na b"));
            assertEquals("a b", filter.apply("a\u00a0b"));
        }
    }

    @Nested
    class PlainAsciiTest {
        private static String everyPlainChar() {
            StringBuilder sb = new StringBuilder("\n\r\t");
            for (char c = ' '; c <= '~'; c++) {
                sb.append(c);
            }
            return sb.toString();
        }

        @Test
        void filtersThatClaimToKeepPlainAsciiDo() {
            String plain = everyPlainChar();
            int claims = 0;
            for (TextFilter f : java.util.List.of(new StripInvisibleChars(), new NormalizeUnicode(), new FoldQuotes(),
                    new FoldDashes(), new NormalizeWhitespace())) {
                if (f.keepsPlainAscii()) {
                    claims++;
                    assertEquals(plain, f.apply(plain), f.getClass().getSimpleName());
                }
            }
            assertEquals(4, claims);
        }

        @Test
        void plainMeansPrintableAsciiLineBreaksAndTabs() {
            org.junit.jupiter.api.Assertions.assertTrue(TextFilter.isPlainAscii(everyPlainChar()));
            org.junit.jupiter.api.Assertions.assertFalse(TextFilter.isPlainAscii("a\u007fb"));
            org.junit.jupiter.api.Assertions.assertFalse(TextFilter.isPlainAscii("a\u0007b"));
            org.junit.jupiter.api.Assertions.assertFalse(TextFilter.isPlainAscii("caf\u00e9"));
        }
    }
}
