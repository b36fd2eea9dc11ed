package dev.storyprint.engine.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Reading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Normalized tokens back to the chars of the extracted text they came from. */
class TokenOffsetsTest {
    private static final String FILLER = " The talks resumed after a long pause and both sides said they were ready to"
            + " continue the negotiations in the coming weeks despite the differences that remain between them.";

    /** The term of each token with the text it covers, "term=written". */
    private static List<String> pairs(TokenOffsets o) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < o.size(); i++) {
            out.add(o.term(i) + "=" + o.written(i));
        }
        return out;
    }

    private static int indexOfTerm(TokenOffsets o, String term, int from) {
        for (int i = from; i < o.size(); i++) {
            if (o.term(i).equals(term)) {
                return i;
            }
        }
        throw new AssertionError("no token " + term + " in " + pairs(o));
    }

    @Test
    void plainWordsMapToThemselves() {
        String text = "The council said on Tuesday it would raise taxes.";
        TokenOffsets o = TokenOffsets.of(text);
        // function words are not tokens: the chain compares content words only
        assertEquals(List.of("council=council", "said=said", "tuesday=Tuesday", "raise=raise", "taxes=taxes"), pairs(o));
        assertEquals(4, o.start(0));
        assertEquals(11, o.end(0));
        assertEquals(text.indexOf("Tuesday"), o.start(2));
    }

    @Test
    void houseStyleCurrencyAndConversionFoldBackToTheirOwnChars() {
        String text = "Mr Berg agreed to suspend fees on US$300 billion (S$408 billion) worth of cargo.";
        TokenOffsets o = TokenOffsets.of(text);
        // the honorific and the conversion are not tokens; the rest cover exactly their own chars
        assertEquals(List.of("berg=Berg", "agreed=agreed", "suspend=suspend", "fees=fees", "$300=US$300",
                "billion=billion", "worth=worth", "cargo=cargo"), pairs(o));
        int billion = indexOfTerm(o, "billion", 0);
        assertEquals(text.indexOf("billion"), o.start(billion), "the first billion, not the converted one");
        int conversion = text.indexOf("(S$");
        int conversionEnd = text.indexOf(") worth") + 1;
        for (int i = 0; i < o.size(); i++) {
            assertTrue(o.end(i) <= conversion || o.start(i) >= conversionEnd,
                    o.term(i) + " inside the dropped conversion");
        }
    }

    @Test
    void foldedNamesMagnitudesAndPercentsKeepTheirSpans() {
        String text = "The United States and the U.S. Treasury spent $3bn, or 5% of the budget." + FILLER;
        TokenOffsets o = TokenOffsets.of(text);
        List<String> p = pairs(o);
        assertTrue(p.contains("u_s=United States"), p.toString()); // one token for the name: both words are its text
        assertTrue(p.contains("u_s=U.S"), p.toString());
        assertTrue(p.contains("$3=$3"), p.toString());
        assertTrue(p.contains("billion=bn"), p.toString());
        assertTrue(p.contains("percent=%"), p.toString());
        int treasury = indexOfTerm(o, "treasury", 0);
        assertEquals(text.indexOf("Treasury"), o.start(treasury), "the words after the folded names are found past them");
    }

    @Test
    void unicodeFoldingMapsBackToTheCharsAsWritten() {
        // curly apostrophe, decomposed accent, a ligature and a soft hyphen inside a word
        String text = "The caf\u0065\u0301 owner didn\u2019t expect the \ufb01nance inter\u00adnational boom." + FILLER;
        TokenOffsets o = TokenOffsets.of(text);
        List<String> p = pairs(o);
        assertTrue(p.contains("caf\u00e9=caf\u0065\u0301"), p.toString());
        assertTrue(p.contains("didnt=didn\u2019t"), p.toString()); // apostrophes fold away
        assertTrue(p.contains("finance=\ufb01nance"), p.toString());
        assertTrue(p.contains("international=inter\u00adnational"), p.toString());
    }

    @Test
    void htmlInputMapsIntoTheExtractedText() {
        String html = "<html><head><title>Talks</title></head><body><nav>Home | World</nav><article>"
                + "<p>NORTHPORT \u2014 The US and Canada are set to reopen ferry talks this week, officials said.</p>"
                + "<figure><figcaption>FILE PHOTO: Alvarez meets Berg.</figcaption></figure>"
                + "<p>Alvarez said then that Canada would resume large orders of U.S. harbour cranes.</p>"
                + "<p>Alvarez&rsquo;s first meeting since the summit in Harlow Bay, they said on Tuesday." + FILLER + "</p>"
                + "</article></body></html>";
        Reading r = Engine.standard().read(new Document(html.getBytes(StandardCharsets.UTF_8), "text/html", "x.html",
                Map.of()));
        Article a = ((Reading.Accepted) r).article();
        TokenOffsets o = TokenOffsets.of(a.text());
        assertEquals(a.text(), o.text());
        for (int i = 0; i < o.size(); i++) {
            assertTrue(o.located(i), "token " + i + " " + o.term(i));
            assertTrue(TokenOffsets.fold(o.written(i)).startsWith(TokenOffsets.fold(o.token(i).surface())), o.written(i));
        }
        int alvarez = indexOfTerm(o, "alvarez", 0);
        assertEquals(a.text().indexOf("Alvarez said"), o.start(alvarez));
        int second = indexOfTerm(o, "first", 0) - 1; // the word before "first": Alvarez's, curly apostrophe and all
        assertEquals("Alvarez\u2019s", o.written(second));
    }

    @Test
    void aDroppedCaptionRepeatingTheBodyDoesNotCaptureIt() {
        String text = "Officials met on Monday to prepare the relaunch of the talks." + FILLER + "\n"
                + "FILE PHOTO: Alvarez said then that Canada would buy more.\n"
                + "Alvarez said then that Canada would resume large orders of harbour cranes." + FILLER;
        TokenOffsets o = TokenOffsets.of(text);
        int alvarez = indexOfTerm(o, "alvarez", 0);
        assertEquals(text.lastIndexOf("Alvarez said"), o.start(alvarez), pairs(o).toString());
    }

    @Test
    void paragraphsAreTheNonBlankLines() {
        TokenOffsets o = TokenOffsets.of("  First line here.\n\n\tSecond one.  \n   \nThird");
        List<int[]> p = o.paragraphs();
        assertEquals(3, p.size());
        assertEquals("First line here.", o.text().substring(p.get(0)[0], p.get(0)[1]));
        assertEquals("Second one.", o.text().substring(p.get(1)[0], p.get(1)[1]));
        assertEquals("Third", o.text().substring(p.get(2)[0], p.get(2)[1]));
        assertEquals(2, o.firstAtOrAfter(p.get(1)[0])); // first, line (here is a function word)
    }

    /** Every seed: every token found, in order, without overlap, covering chars that fold to its surface. */
    @Test
    void everySeedTokenIsFoundInOrder() throws IOException {
        String dir = System.getProperty("storyprint.shared.dir");
        Path seeds = dir == null ? null : Path.of(dir, "seeds");
        Assumptions.assumeTrue(seeds != null && Files.isDirectory(seeds), "no seeds beside the checkout: skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            Reading r = Engine.standard().read(new Document(Files.readAllBytes(f), null, f.getFileName().toString(),
                    Map.of()));
            TokenOffsets o = TokenOffsets.of(((Reading.Accepted) r).article().text());
            int previousEnd = 0;
            for (int i = 0; i < o.size(); i++) {
                assertTrue(o.located(i), f.getFileName() + ": token " + i + " " + o.term(i));
                assertTrue(o.start(i) >= previousEnd, f.getFileName() + ": token " + i + " overlaps the previous");
                // a folded name ("United States") covers its other words too
                assertTrue(TokenOffsets.fold(o.written(i)).startsWith(TokenOffsets.fold(o.token(i).surface())),
                        f.getFileName() + ": token " + i + " " + o.written(i));
                previousEnd = o.end(i);
            }
        }
    }
}
