package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested class per line filter: tiny inputs, exact outputs. */
class LineFiltersTest {

    @Nested
    class UnwrapHardWrappedLinesTest {
        private final UnwrapHardWrappedLines filter = new UnwrapHardWrappedLines();

        @Test
        void joinsWrappedParagraphs() {
            List<String> wrapped = List.of("The United States and China are set to", "relaunch trade talks this week after a",
                    "two-month hiatus.", "", "A year after their trade war began there", "is little sign their differences",
                    "have narrowed.");
            assertEquals(List.of("The United States and China are set to relaunch trade talks this week after a two-month hiatus.", "",
                    "A year after their trade war began there is little sign their differences have narrowed."), filter.apply(wrapped));
        }

        @Test
        void joinsDoubleSpacedWrapsThatCarryOnASentence() {
            // a real carrier's page copy: each wrapped line its own paragraph
            List<String> spaced = List.of("NASA spacecraft crashes into asteroid in test", "",
                    "CAPE CANAVERAL, Fla. (AP) - A NASA spacecraft", "",
                    "rammed an asteroid at blistering speed Monday in an unprecedented", "",
                    "dress rehearsal.", "", "The galactic slam occurred at a harmless asteroid", "",
                    "7 million miles away.");
            assertEquals(List.of("NASA spacecraft crashes into asteroid in test", "",
                    "CAPE CANAVERAL, Fla. (AP) - A NASA spacecraft rammed an asteroid at blistering speed Monday in an"
                            + " unprecedented dress rehearsal.", "",
                    "The galactic slam occurred at a harmless asteroid 7 million miles away."), filter.apply(spaced));
        }

        @Test
        void leavesParagraphLinesAlone() {
            List<String> lines = List.of("One sentence.", "Two sentences here.", "Three.", "Four.", "Five.");
            assertEquals(lines, filter.apply(lines));
        }
    }

    @Nested
    class UnwrapWrappedBlocksTest {
        private final UnwrapWrappedBlocks filter = new UnwrapWrappedBlocks();

        @Test
        void joinsOneWrappedParagraphAmongUnwrappedOnes() {
            String longParagraph = "Ministers met on Monday in Brussels to discuss the budget, and they agreed on nothing at all "
                    + "after nine hours of talks.";
            List<String> lines = List.of("Budget talks stall", "", "By Jane Doe", "", longParagraph, "",
                    "The finance minister said the gap between the two camps was", "wider than at any time since the talks began in March, and",
                    "that a deal was unlikely.");
            assertEquals(List.of("Budget talks stall", "", "By Jane Doe", "", longParagraph, "",
                    "The finance minister said the gap between the two camps was wider than at any time since the "
                            + "talks began in March, and that a deal was unlikely."), filter.apply(lines));
            // the whole-text rule gives up on this text: one paragraph is longer than any wrap width
            assertEquals(lines, new UnwrapHardWrappedLines().apply(lines));
        }

        @Test
        void leavesHeadlineBylineAndParagraphLinesApart() {
            List<String> lines = List.of("Budget talks stall in Brussels", "By Jane Doe, political editor",
                    "Ministers met on Monday in Brussels to discuss the budget.",
                    "They agreed on nothing after nine hours of talks, officials said.");
            assertEquals(lines, filter.apply(lines));
        }

        @Test
        void leavesShortOpenLinesApart() {
            List<String> lines = List.of("Photo: Reuters", "Ministers met on Monday in Brussels to discuss the budget.");
            assertEquals(lines, filter.apply(lines));
        }
    }

    @Nested
    class DropRepeatedLinesTest {
        @Test
        void dropsCaptionRepeatedWithCredit() {
            List<String> lines = List.of("Mnuchin walks through a hotel lobby.", "Mnuchin walks through a hotel lobby. (Greg Baker/AFP)", "Body.");
            assertEquals(lines.subList(1, 3), new DropRepeatedLines().apply(lines));
        }
    }

    @Nested
    class DropCaptionsTest {
        private final DropCaptions filter = new DropCaptions();

        @Test
        void dropsPhotoLabelAndCredits() {
            assertNull(filter.line("FILE PHOTO: Trump meets Xi in Osaka, Japan, June 29, 2019. REUTERS/Kevin Lamarque"));
            assertNull(filter.line("Mnuchin walks through a lobby in Beijing. (Greg Baker/AFP/Getty Images)"));
            assertNull(filter.line("Workers at a port. (Photo: AP)"));
            assertNull(filter.line("Workers at a port. AFP/John Smith"));
        }

        @Test
        void keepsDatelinesAndProse() {
            assertEquals("WASHINGTON: Talks resume.", filter.line("WASHINGTON: Talks resume."));
            assertEquals("He met the U.S./China team (and others).", filter.line("He met the U.S./China team (and others)."));
        }
    }

    @Nested
    class DropCreditLinesTest {
        private final DropCreditLines filter = new DropCreditLines();

        @Test
        void dropsReportingAndEditingCredits() {
            assertNull(filter.line("Further reporting by Ben Blanchard in Beijing; Editing by Simon Webb"));
            assertNull(filter.line("(Reporting by Jane Doe; Editing by John Roe)"));
            assertNull(filter.line("Lynch reported from Washington. Luna Lin contributed to this report."));
            assertNull(filter.line("This article first appeared in The Evening Courier."));
        }

        @Test
        void keepsProse() {
            assertEquals("Reporting by phone is hard, he said.", filter.line("Reporting by phone is hard, he said."));
        }
    }

    @Nested
    class DropBylinesTest {
        private final DropBylines filter = new DropBylines();

        @Test
        void dropsBylines() {
            assertNull(filter.line("By Jane Doe"));
            assertNull(filter.line("By Jane Doe and John Roe, Reuters | Updated 3 hours ago"));
        }

        @Test
        void keepsSentencesOpenedByBy() {
            assertEquals("By Monday talks had stalled.", filter.line("By Monday talks had stalled."));
        }
    }

    @Nested
    class DropShareLinesTest {
        private final DropShareLines filter = new DropShareLines();

        @Test
        void dropsFurniture() {
            assertNull(filter.line("Like Washington Post World on Facebook and stay updated on foreign news"));
            assertNull(filter.line("Sign up for our daily newsletter."));
        }

        @Test
        void keepsShortProse() {
            assertEquals("Talks resumed on Monday.", filter.line("Talks resumed on Monday."));
        }
    }

    @Nested
    class DropLabelledTeasersTest {
        private final DropLabelledTeasers filter = new DropLabelledTeasers();

        @Test
        void dropsLabelledLinks() {
            assertNull(filter.line("Opinion: Has the trade war started yet?"));
            assertNull(filter.line("Read more: Trade war escalates"));
        }

        @Test
        void keepsDatelineAndLongLines() {
            assertEquals("U.S. officials: more talks.", filter.line("U.S. officials: more talks."));
            assertEquals("He said: we will stay.", filter.line("He said: we will stay."));
        }
    }

    @Nested
    class StripTrailingWireCreditTest {
        private final StripTrailingWireCredit filter = new StripTrailingWireCredit();

        @Test
        void stripsGluedAgency() {
            assertEquals("they got a win.\"", filter.line("they got a win.\"REUTERS"));
            assertEquals("he said.", filter.line("he said. AFP"));
            assertEquals("he said.", filter.line("he said. - Reuters"));
            assertEquals("he said.\"", filter.line("he said.\" -- Wire services"));
        }

        @Test
        void keepsAcronymEndings() {
            assertEquals("talks with the U.S. NATO", filter.line("talks with the U.S. NATO"));
            assertEquals("SEE OPINION", filter.line("SEE OPINION"));
            assertEquals("prices rose - Reuters data show.", filter.line("prices rose - Reuters data show."));
        }
    }

    @Nested
    class DropNonSentenceLinesTest {
        private final DropNonSentenceLines filter = new DropNonSentenceLines();

        @Test
        void dropsHeadlinesMastheadsAndLabels() {
            assertNull(filter.line("The Washington PostDemocracy Dies in Darkness"));
            assertNull(filter.line("SEE OPINION"));
            assertNull(filter.line("Jane Doe, Reuters"));
            assertNull(filter.line("White House calls talks \"frank\""));
        }

        @Test
        void keepsSentencesAndLongParagraphs() {
            assertEquals("Talks resume.", filter.line("Talks resume."));
            assertEquals("\"Very soon.\"", filter.line("\"Very soon.\""));
            String longNoStop = "Reuters reported that the group was told to treat Huawei as a blacklisted entity while the department considers requests";
            assertEquals(longNoStop, filter.line(longNoStop));
        }
    }

    @Nested
    class StripDatelineTest {
        private final StripDateline filter = new StripDateline();

        @Test
        void stripsDatelines() {
            assertEquals("The US and China", filter.line("WASHINGTON/NEW YORK - The US and China"));
            assertEquals("The US and China", filter.line("WASHINGTON/NEW YORK (Reuters)  -  The US and China"));
            assertEquals("Two days", filter.line("BEIJING - Two days"));
            assertEquals("Talks", filter.line("LONDON, July 8 (AFP) - Talks"));
            assertEquals("Talks", filter.line("Beijing (Reuters) - Talks"));
            assertEquals("Talks", filter.line("(Reuters) - Talks"));
        }

        @Test
        void keepsSentences() {
            assertEquals("A U.S. official said - no.", filter.line("A U.S. official said - no."));
            assertEquals("US officials - talks", filter.line("US officials - talks"));
            assertEquals("Trump - who else - won.", filter.line("Trump - who else - won."));
            assertEquals("Talks (in Osaka) - more.", filter.line("Talks (in Osaka) - more."));
        }
    }

    @Nested
    class DropCurrencyConversionsTest {
        private final DropCurrencyConversions filter = new DropCurrencyConversions();

        @Test
        void dropsConversion() {
            assertEquals("on US$300 billion worth", filter.line("on US$300 billion (S$408 billion) worth"));
            assertEquals("cost \u00a310m.", filter.line("cost \u00a310m (\u20ac11.5m)."));
        }

        @Test
        void keepsOtherParentheses() {
            assertEquals("the tax (on $300 billion)", filter.line("the tax (on $300 billion)"));
        }
    }

    @Nested
    class DropBracketedCodesTest {
        private final DropBracketedCodes filter = new DropBracketedCodes();

        @Test
        void dropsAcronymsAndTickers() {
            assertEquals("US Trade Representative Robert", filter.line("US Trade Representative (USTR) Robert"));
            assertEquals("Huawei Technologies.", filter.line("Huawei Technologies [HWT.UL]."));
        }

        @Test
        void keepsProseAndYears() {
            assertEquals("a deal (maybe) in (2019)", filter.line("a deal (maybe) in (2019)"));
        }
    }
}
