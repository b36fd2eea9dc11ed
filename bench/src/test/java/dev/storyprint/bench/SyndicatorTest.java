package dev.storyprint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyndicatorTest {
    @Test
    void convertsDollarsTheSingaporeWay() {
        assertEquals("tariffs on US$300 billion (S$405 billion) of goods",
            Syndicator.dollars("tariffs on $300 billion of goods"));
        assertEquals("US$49 (S$66.2)", Syndicator.dollars("$49"));
    }

    @Test
    void houseStylesChangeSpellingHonorificsAndPercent() {
        String s = Syndicator.houseStyle("Mr. Trump said the U.S. program grew 3 percent.", Syndicator.HouseStyle.SINGAPORE);
        assertEquals("Mr Trump said the US programme grew 3 per cent.", s);
        String w = Syndicator.houseStyle("Mr Smith said the programme grew 3 per cent.", Syndicator.HouseStyle.AMERICAN_WIRE);
        assertEquals("Mr. Smith said the program grew 3 percent.", w);
    }

    @Test
    void trimsKeepAtLeastFortyPercentAndOnlySourceSentences() {
        Doc src = sample();
        Syndicator syn = new Syndicator();
        for (int seed = 0; seed < 40; seed++) {
            Syndicator.Result r = syn.syndicate(src, new Random(seed));
            assertTrue(r.kept() >= Syndicator.MIN_KEEP && r.kept() <= 1.0, "kept " + r.kept());
            String copy = norm(r.doc().render());
            int found = 0;
            int total = 0;
            for (String p : src.paragraphs()) {
                for (String sentence : Doc.sentences(p)) {
                    int w = Doc.words(sentence);
                    total += w;
                    found += copy.contains(norm(Syndicator.houseStyle(sentence, r.style()))) ? w : 0;
                }
            }
            assertEquals(r.kept(), (double) found / total, 1e-9, "seed " + seed + ": " + copy);
        }
    }

    private static String norm(String s) {
        return Syndicator.flipQuotes(Syndicator.flipQuotes(s)).replace('“', '"').replace('”', '"')
            .replace('’', '\'').replaceAll("\\s+", " ");
    }

    @Test
    void flipsQuotesBothWays() {
        assertEquals("“Yes,” he said, it’s", Syndicator.flipQuotes("\"Yes,\" he said, it's"));
        assertEquals("\"Yes,\" it's", Syndicator.flipQuotes("“Yes,” it’s"));
    }

    static Doc sample() {
        return new Doc("Council passes budget", List.of(
            "The Harbourton City Council approved a $412 million budget on Wednesday after a nine-hour meeting.",
            "The budget passed by seven votes to four. It raises property taxes by 2.8 percent.",
            "\"Nobody likes raising taxes,\" said Mayor Elena Brandt. \"But the roads are falling apart.\"",
            "Councillor Marcus Oyelaran said the increase would hit older homeowners hardest. His motion failed.",
            "Bus fares will rise by 25 cents to $2.75 from March. A discounted pass will be kept.",
            "The council also approved 14 new positions in the fire department. The budget takes effect in January."));
    }
}
