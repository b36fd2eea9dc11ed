package dev.storyprint.engine.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.view.SideBySide.Kind;
import dev.storyprint.engine.view.SideBySide.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The side-by-side alignment of a copy and its source, in char ranges of their own texts. */
class SideBySideTest {
    private static final String P1 = "The city council said on Tuesday that it would trade the old harbour land for a"
            + " new school site, ending a dispute that has run for more than a decade in the northern district.";
    private static final String P2 = "Mayor Anna Berg told reporters the council expects the deal to close by March,"
            + " with 240 new homes planned on the harbour land once the school moves to its new site next year.";
    private static final String P3 = "Opposition members said the price of 12 million euros was too high and asked"
            + " for an independent valuation of the site before any contract is signed by the city.";

    private static String text(SideBySide.Side side, Segment g) {
        return side.text().substring(g.start(), g.end());
    }

    private static List<Segment> of(SideBySide.Side side, Kind kind) {
        return side.segments().stream().filter(g -> g.kind() == kind).toList();
    }

    @Test
    void swapsAreMarkedWordForWordOnBothSidesWithOnePairId() {
        String copy = P1.replace("said", "acknowledged").replace("trade", "replace") + "\n" + P2 + "\n" + P3;
        SideBySide v = SideBySide.of(copy, P1 + "\n" + P2 + "\n" + P3);
        List<Segment> swaps = of(v.copy(), Kind.SWAP);
        assertEquals(List.of("acknowledged", "replace"), swaps.stream().map(g -> text(v.copy(), g)).toList());
        assertEquals(List.of("said", "trade"), swaps.stream().map(Segment::other).toList());
        for (Segment g : swaps) {
            Segment partner = v.source().segments().stream().filter(x -> g.pair().equals(x.pair())).findFirst().orElseThrow();
            assertEquals(Kind.SWAP, partner.kind());
            assertEquals(g.other(), text(v.source(), partner));
        }
        assertTrue(v.substitutions().contains(new SideBySide.Substitution("said", "acknowledged", 1)), v.substitutions().toString());
        assertEquals(2, v.stats().swaps());
        assertEquals(0, v.stats().addedWords());
        assertTrue(v.summary().get(1).contains("\"said\" \u2192 \"acknowledged\""), v.summary().toString());
    }

    @Test
    void sharedPassagesCarryTheSamePairIdOnBothSides() {
        String copy = P1.replace("said", "acknowledged") + "\n" + P2;
        SideBySide v = SideBySide.of(copy, P1 + "\n" + P2);
        List<Segment> same = of(v.copy(), Kind.SAME);
        assertFalse(same.isEmpty());
        for (Segment g : same) {
            Segment partner = v.source().segments().stream().filter(x -> g.pair().equals(x.pair())).findFirst().orElseThrow();
            assertEquals(Kind.SAME, partner.kind());
            assertEquals(text(v.copy(), g), text(v.source(), partner), "a passage reads the same on both sides");
        }
        String longest = same.stream().map(g -> text(v.copy(), g)).max((x, y) -> x.length() - y.length()).orElseThrow();
        assertTrue(longest.contains("Mayor Anna Berg told reporters"), longest);
    }

    @Test
    void houseStyleReadsAsKeptAndShowsHowTheOtherSideWritesIt() {
        String source = "Mr Berg agreed to suspend fees on $300 billion worth of cargo while the two boards resumed"
                + " hearings in Osaka, officials in Northport and Eastfield told reporters on Monday.\n" + P2;
        String copy = "Berg agreed to suspend fees on US$300 billion (S$408 billion) worth of cargo while the two"
                + " boards resumed hearings in Osaka, officials in Northport and Eastfield told reporters on Monday.\n"
                + P2;
        SideBySide v = SideBySide.of(copy, source);
        assertEquals(0, v.stats().swaps());
        assertEquals(0, v.stats().addedWords(), "the conversion is house style, not added text");
        SideBySide.Mark m = v.copy().marks().stream().filter(x -> x.other() != null).findFirst().orElseThrow();
        assertEquals("US$300", copy.substring(m.start(), m.end()));
        assertEquals("$300", m.other());
        assertTrue(m.anchor(), "a number is an anchor");
        assertTrue(v.anchors().stream().anyMatch(a -> a.written().equals("Osaka")), v.anchors().toString());
    }

    @Test
    void addedDroppedAndUncomparedParagraphsAreTold() {
        String source = P1 + "\n" + P2 + "\n" + P3;
        String copy = P1 + "\nFILE PHOTO: The harbour at dusk. REUTERS/Jane Doe\n" + P2 + "\n"
                + "Local shop owners welcomed the plan, saying more families in the district would bring customers"
                + " back to the quiet streets around the old harbour after years of decline.";
        SideBySide v = SideBySide.of(copy, source);
        List<SideBySide.Paragraph> cp = v.copy().paragraphs();
        assertEquals(4, cp.size());
        assertFalse(cp.get(1).compared(), "the caption is left out of the comparison");
        assertTrue(cp.get(3).only(), "the shop owners' paragraph is the copy's own");
        assertFalse(cp.get(0).only());
        assertTrue(v.source().paragraphs().get(2).only(), "the opposition paragraph is left out of the copy");
        assertEquals(1, v.stats().addedParagraphs());
        assertEquals(1, v.stats().droppedParagraphs());
        assertEquals(1, v.stats().uncomparedParagraphs());
    }

    @Test
    void aMovedParagraphIsPairedAsMoved() {
        SideBySide v = SideBySide.of(P3 + "\n" + P1 + "\n" + P2, P1 + "\n" + P2 + "\n" + P3);
        List<Segment> moved = of(v.copy(), Kind.MOVED);
        assertEquals(1, moved.size(), v.copy().segments().toString());
        Segment partner = v.source().segments().stream().filter(x -> moved.get(0).pair().equals(x.pair()))
                .findFirst().orElseThrow();
        assertEquals(text(v.copy(), moved.get(0)), text(v.source(), partner));
        assertEquals(0, v.stats().addedParagraphs());
        assertEquals(0, v.stats().droppedParagraphs());
    }

    @Test
    void commonWordsOfUnrelatedTextAreNotPassages() {
        String copy = "A storm closed the airport for most of the day and flights were moved to the next morning by the"
                + " airline, which blamed the weather for the delays.";
        String source = "The museum of modern art opened a new wing for most of its collection of the painters of the"
                + " region, after a long renovation of the old building.";
        SideBySide v = SideBySide.of(copy + "\n" + P2, source + "\n" + P2);
        for (Segment g : of(v.copy(), Kind.SAME)) {
            assertTrue(text(v.copy(), g).startsWith("Mayor"), "only the shared paragraph is a passage: " + text(v.copy(), g));
        }
    }

    /** The seeds' spun copy against its source: the spinner's known swaps are found. */
    @Test
    void theSpunSeedShowsTheSpinnersSwaps() throws IOException {
        String dir = System.getProperty("storyprint.shared.dir");
        Path seeds = dir == null ? null : Path.of(dir, "seeds");
        Assumptions.assumeTrue(seeds != null && Files.isRegularFile(seeds.resolve("001_13a4af3c81b602b9.txt")),
                "no seeds beside the checkout: skipped");
        SideBySide v = SideBySide.of(read(seeds.resolve("001_13a4af3c81b602b9.txt")),
                read(seeds.resolve("000_3ee5f0e3c3a301fb.txt")));
        Set<String> swaps = v.substitutions().stream().map(x -> x.from() + " -> " + x.to()).collect(Collectors.toSet());
        assertTrue(swaps.contains("said -> acknowledged"), swaps.toString());
        assertTrue(swaps.contains("trade -> replace"), swaps.toString());
        Set<String> copyPairs = new HashSet<>();
        of(v.copy(), Kind.SAME).forEach(g -> copyPairs.add(g.pair()));
        assertTrue(of(v.source(), Kind.SAME).stream().anyMatch(g -> copyPairs.contains(g.pair())));
        assertTrue(v.stats().anchorsAligned() > v.stats().sourceAnchors() / 2, v.stats().toString());
    }

    private static String read(Path p) throws IOException {
        Reading r = Engine.standard().read(new Document(Files.readAllBytes(p), null, p.getFileName().toString(), Map.of()));
        return ((Reading.Accepted) r).article().text();
    }
}
