package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The composed chain on small house-style pairs: copies must analyze to the same terms. */
class AnalyzerTest {
    private final Analyzer analyzer = Analyzer.standard();

    private List<String> terms(String text) {
        return analyzer.analyze(text).stream().map(Token::term).collect(Collectors.toList());
    }

    @Test
    void houseStyleVariantsAnalyzeAlike() {
        String wire = "WASHINGTON\u2014U.S. President Donald Trump agreed to suspend tariffs on $300 billion worth of goods, "
                + "said Derek Scissors of a Washington think tank.";
        String copy = "WASHINGTON \u2022 United States President Donald Trump agreed to suspend tariffs on US$300 billion "
                + "(S$408 billion) worth of goods, said Dr Derek Scissors of a Washington think-tank.\n\nSEE OPINION";
        assertEquals(terms(wire), terms(copy));
    }

    @Test
    void magnitudesPercentAndSpellingAnalyzeAlike() {
        assertEquals(terms("Tariffs on $300 billion of goods rose 25 percent, the labor center said."),
                terms("Tariffs on US$300bn of goods rose 25 per cent, the labour centre said."));
    }

    @Test
    void captionsCreditsAndBylinesGo() {
        String text = "By Jane Doe\n"
                + "FILE PHOTO: Leaders meet in Osaka, June 29, 2019. REUTERS/Kevin Lamarque\n"
                + "BEIJING (Reuters) \u2013 Talks resumed on Monday.\n"
                + "Further reporting by Ben Blanchard; Editing by Simon Webb";
        assertEquals(List.of("talks", "resumed", "monday"), terms(text));
    }

    @Test
    void emptyAndBlankTextGiveNoTokens() {
        assertTrue(analyzer.analyze("").isEmpty());
        assertTrue(analyzer.analyze(" \n\t ").isEmpty());
    }

    @Test
    void sentencesAreNumberedFromZeroWithoutGaps() {
        List<Token> tokens = analyzer.analyze("First one now. Second one now.\nThird one now.");
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 2, 2, 2), tokens.stream().map(Token::sentence).collect(Collectors.toList()));
    }
}
