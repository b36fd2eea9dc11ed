package dev.storyprint.engine.analysis;

import static dev.storyprint.engine.analysis.TokenFiltersTest.terms;
import static dev.storyprint.engine.analysis.TokenFiltersTest.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Number and date house styles: one nested class per filter, plus the chain on both spellings. */
class HouseStyleNumbersTest {

    @Nested
    class FoldNumberWordsTest {
        @Test
        void smallNumbersBecomeNumeralsButOneAndZeroStayWords() {
            assertEquals(List.of("9", "goals", "in", "20", "games", "one", "of", "zero", "seventy"),
                    terms(new FoldNumberWords().apply(tokens("nine goals in twenty games one of zero seventy"))));
        }
    }

    @Nested
    class FoldMonthAbbreviationsTest {
        @Test
        void capitalizedAbbreviationInsideASentenceIsTheMonth() {
            assertEquals(List.of("on", "august", "16", "and", "september", "3"),
                    terms(new FoldMonthAbbreviations().apply(tokens("on Aug 16 and Sept 3"))));
        }

        @Test
        void lowerCaseWordsAndSentenceOpenersAreLeftAlone() {
            assertEquals(List.of("mar", "the", "dec", "of", "a", "ship"),
                    terms(new FoldMonthAbbreviations().apply(tokens("Mar the dec of a ship"))));
        }
    }

    @Nested
    class FoldNumberSignTest {
        @Test
        void capitalizedNoBeforeANumberIsNumber() {
            assertEquals(List.of("the", "number", "9", "shirt", "no", "9", "said", "no"),
                    terms(new FoldNumberSign().apply(tokens("the No 9 shirt no 9 said No"))));
        }
    }

    @Test
    void bothHouseStylesAnalyzeToTheSameTerms() {
        Analyzer analyzer = Analyzer.standard();
        List<String> a = terms(analyzer.analyze("He will wear the number nine shirt from August 16, the club said after talks."));
        List<String> b = terms(analyzer.analyze("He will wear the No. 9 shirt from Aug 16, the club said after talks."));
        assertEquals(a, b);
    }
}
