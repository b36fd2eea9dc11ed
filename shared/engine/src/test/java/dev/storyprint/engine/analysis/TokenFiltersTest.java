package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested class per token filter; input tokens come from the tokenizer for brevity. */
class TokenFiltersTest {

    static List<Token> tokens(String text) {
        return new ArrayList<>(new LowerCase().apply(new Tokenizer().tokenize(List.of(text))));
    }

    static List<String> terms(List<Token> tokens) {
        return tokens.stream().map(Token::term).collect(Collectors.toList());
    }

    @Nested
    class LowerCaseTest {
        @Test
        void lowersTermKeepsSurface() {
            List<Token> t = new LowerCase().apply(new ArrayList<>(new Tokenizer().tokenize(List.of("Huawei \u00c9COLE"))));
            assertEquals(List.of("huawei", "\u00e9cole"), terms(t));
            assertEquals("Huawei", t.get(0).surface());
        }
    }

    @Nested
    class FoldApostrophesTest {
        @Test
        void dropsPossessiveAndInnerApostrophes() {
            assertEquals(List.of("china", "dont", "weve"), terms(new FoldApostrophes().apply(tokens("China's don't we've"))));
        }
    }

    @Nested
    class FoldDigitGroupsTest {
        @Test
        void removesThousandsSeparators() {
            assertEquals(List.of("2000", "$1500000", "1.5"), terms(new FoldDigitGroups().apply(tokens("2,000 $1,500,000 1.5"))));
        }
    }

    @Nested
    class FoldCurrencyPrefixTest {
        @Test
        void usDollarIsDollar() {
            assertEquals(List.of("$300", "$300", "s$408"), terms(new FoldCurrencyPrefix().apply(tokens("US$300 $300 S$408"))));
        }
    }

    @Nested
    class SplitMagnitudesTest {
        private final SplitMagnitudes filter = new SplitMagnitudes();

        @Test
        void abbreviatedMagnitudesBecomeWords() {
            List<Token> out = filter.apply(tokens("$300bn 1.5tn \u00a340m 20mn"));
            assertEquals(List.of("$300", "billion", "1.5", "trillion", "\u00a340", "million", "20", "million"), terms(out));
            assertEquals("bn", out.get(1).surface());
        }

        @Test
        void bareMetresAndOrdinalsStay() {
            assertEquals(List.of("100m", "20th", "g20"), terms(filter.apply(tokens("100m 20th G20"))));
        }
    }

    @Nested
    class FoldPercentTest {
        @Test
        void allSpellingsArePercent() {
            assertEquals(List.of("25", "percent", "25", "percent", "25", "percent"),
                    terms(new FoldPercent().apply(tokens("25% 25 per cent 25 percent"))));
        }
    }

    @Nested
    class FoldCountryNamesTest {
        private final FoldCountryNames filter = new FoldCountryNames();

        @Test
        void houseStyleVariantsOfUs() {
            assertEquals(List.of("u_s", "u_s", "u_s", "u_s", "u_s", "u_s"),
                    terms(filter.apply(tokens("U.S. U.S US USA United States United States of America"))));
        }

        @Test
        void pronounUsStays() {
            assertEquals(List.of("join", "us", "us", "u_s"), terms(filter.apply(tokens("join us Us US"))));
        }

        @Test
        void otherUnions() {
            assertEquals(List.of("u_k", "u_k", "u_n", "e_u", "e_u"),
                    terms(filter.apply(tokens("U.K. United Kingdom UN EU European Union"))));
        }

        @Test
        void lowerCaseUnitedStatesIsNotTheCountry() {
            assertEquals(List.of("united", "states"), terms(filter.apply(tokens("united states"))));
        }
    }

    @Nested
    class DropHonorificsTest {
        private final DropHonorifics filter = new DropHonorifics();

        @Test
        void dropsBeforeCapitalizedName() {
            List<Token> out = filter.apply(tokens("Dr Derek Scissors met Mr. Trump and Ms Reade."));
            assertEquals(List.of("derek", "scissors", "met", "trump", "and", "reade"), terms(out));
            assertEquals(true, out.get(0).sentenceStart());
        }

        @Test
        void keepsWhenNoNameFollows() {
            assertEquals(List.of("the", "dr", "said"), terms(filter.apply(tokens("the Dr said"))));
        }
    }

    @Nested
    class AmericanSpellingTest {
        private final AmericanSpelling filter = new AmericanSpelling();

        private List<String> fold(String text) {
            return terms(filter.apply(tokens(text)));
        }

        @Test
        void britishSuffixes() {
            assertEquals(List.of("materialized", "organization", "analyze", "labor", "favorite", "center", "centered",
                    "fiber", "dialog", "traveled", "canceling", "signaled", "maneuver", "defense", "program",
                    "neighborhood", "medalist", "marvelous", "pediatric", "skeptical", "sulfur", "practiced"),
                    fold("materialised organisation analyse labour favourite centre centred fibre dialogue travelled "
                            + "cancelling signalled manoeuvre defence programme neighbourhood medallist marvellous "
                            + "paediatric sceptical sulphur practised"));
        }

        @Test
        void leavesAmericanWordsThatLookBritish() {
            List<String> words = List.of("raise", "promise", "surprised", "exercise", "otherwise", "advertising", "premises",
                    "crises", "four", "hour", "tour", "your", "contour", "devour", "hatred", "macabre", "compelled", "installed",
                    "recalled", "bestseller", "smaller", "controlled", "excelled", "telling", "vogue", "noise",
                    "chancellor", "downpour", "ecotourism", "unadvised", "surmise", "timbres", "corralled", "callous");
            assertEquals(words, fold(String.join(" ", words)));
        }
    }
}
