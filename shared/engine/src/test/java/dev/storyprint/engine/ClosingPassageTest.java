package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A passage that both texts end with (a publisher's footer) and a stock sentence with no name in it
 * do not by themselves make two unrelated stories copies; a copy that shares its last paragraph
 * and other sentences stays one.
 */
class ClosingPassageTest {
    /** A publisher's footer of about 50 words, a name and a year in it. */
    private static final String FOOTER = "About this paper: The Northport Gazette has covered the coast as an independent "
            + "newsroom since 1898. Readers like you keep it going, so please subscribe for full access to local news, "
            + "weather and sport every single morning. Send your questions, corrections or tips to our editors at any "
            + "time of the day or night.";
    /** A stock sentence of about 20 words with no name or number. */
    private static final String STOCK = "Representatives did not immediately respond to several requests for comment, and "
            + "the situation remained unclear late in the evening.";

    private static final String LANDSLIDE = String.join("\n\n",
            "A landslide blocked the mountain road between Ostrava Falls and Pellham early on Monday, cutting off three villages and stranding 40 drivers overnight.",
            "Road crews from the Karsten provincial transport office worked through the night to clear the mud, which covered the road for almost 200 metres near the bridge.",
            "The rain that loosened the slope had fallen for five days on the Delvin range, and forecasters at the Tamsin weather station expect more storms before Friday.",
            "Villagers in Hollin said their shops were running short of bread and fuel, and the Hollin school stayed closed for 2 days.",
            "Engineer Marta Quell of Karsten Roads will inspect the slope on Wednesday to decide whether lorries can use the road before the Pellham fair on 14 May.");
    private static final String CHESS = String.join("\n\n",
            "The chess club of Brenmoor celebrated its centenary on Saturday with a tournament that drew 120 players from Lisk, Orrin Vale and Dunmere.",
            "Its oldest member, retired teacher Agnes Molloy, played a simultaneous game against 12 children at the Brenmoor library and lost only one board.",
            "The club began in a back room of the Swan tavern in the old square and moved to the library in 1961, where it still meets on Tuesday and Thursday evenings.",
            "Organisers led by treasurer Colm Ardle plan to publish a short history of the club with photographs collected from families in Lisk and Dunmere.",
            "The winner of the open section, Ravi Tennant of Orrin Vale, took home the silver cup that was first awarded in 1925.");

    /** {@code story} with {@link #STOCK} as its fourth paragraph and {@link #FOOTER} as its last. */
    private static String underFooter(String story) {
        List<String> paras = new ArrayList<>(List.of(story.split("\n\n")));
        paras.add(Math.min(3, paras.size()), STOCK);
        paras.add(FOOTER);
        return String.join("\n\n", paras);
    }

    @Test
    void unrelatedStoriesUnderOneFooterAndStockSentenceAreNotCopies() {
        Fingerprint a = Fixtures.fp("a", underFooter(LANDSLIDE));
        Fingerprint b = Fixtures.fp("b", underFooter(CHESS));
        SharedNarrative withClosing = SharedNarrative.of(a, b);
        // the footer and the stock sentence alone would be two whole sentences in two passages
        assertEquals(2, withClosing.sentences);
        assertNotNull(withClosing.beforeClosing);
        assertEquals(0, withClosing.beforeClosing.sentences);
        PairComparison p = PairComparison.compare(a, 1, b, 2);
        assertTrue(p.alignment.score >= Thresholds.SYNDICATED_NARRATIVE_MIN_NAME_AGREEMENT, "" + p.alignment.score);
        assertEquals(PairComparison.Kind.NONE, p.kind, p.describe());
        assertEquals(Label.ORIGINAL, Engine.standard().decide(b, 2, List.of(stored(a, 1))).label());
    }

    @Test
    void copySharingItsClosingPassageAndLeadStaysSyndicated() {
        String[] p = LANDSLIDE.split("\n\n", 2);
        // a desk's write-through: the lead kept, the rest in its own words, under the same footer
        // (the lead is the only whole sentence it shares besides the closing one)
        Fingerprint source = Fixtures.fp("a", underFooter(LANDSLIDE));
        Fingerprint copy = Fixtures.fp("b", String.join("\n\n", p[0],
                "Drivers who spent the night in their cars told our reporter that the police had brought them blankets "
                        + "and hot tea, while a farmer nearby opened his barn so that families with small children could "
                        + "sleep somewhere warm and dry.",
                "Local councillors have asked for years that the slope above the road be reinforced with nets and "
                        + "drainage, and they said this week that the money promised after the last slide never arrived.",
                "Bus services to the three villages were replaced by a minibus that takes a longer forest track, adding "
                        + "nearly an hour to the journey for pupils and for workers who commute to the valley towns.",
                "Shopkeepers said deliveries of fresh milk and newspapers had stopped altogether, and several older "
                        + "residents who depend on regular visits from nurses were being checked on by neighbours instead.",
                FOOTER));
        PairComparison pair = PairComparison.compare(source, 1, copy, 2);
        assertNotNull(pair.narrative.beforeClosing);
        assertTrue(pair.containment() < Thresholds.SYNDICATED_MIN_CONTAINMENT, pair.describe());
        assertEquals(PairComparison.Rule.SHARED_SENTENCES, pair.rule, pair.describe());
        assertEquals(PairComparison.Kind.SYNDICATED, pair.kind, pair.describe());
        assertEquals(Label.SYNDICATED, Engine.standard().decide(copy, 2, List.of(stored(source, 1))).label());
    }

    private static StoredArticle stored(Fingerprint f, long seq) {
        return new StoredArticle(f.articleId(), f.articleId(), Label.ORIGINAL, seq, Fingerprint.decode(f.encode()));
    }
}
