package dev.storyprint.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.analysis.Analyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to hurt: near-limit sizes on one line, bracket and dash floods, random bytes. Each
 * must come back as a verdict (accepted or rejected), never an exception; the reader and analyzer
 * scan linearly, so these finish quickly (no timing is asserted).
 */
class PathologicalInputTest {
    private static final int NEAR_LIMIT = Limits.MAX_DOCUMENT_BYTES - 16;
    private final Engine engine = Engine.standard();

    private Reading read(String text, String type) {
        return engine.read(new Document(text.getBytes(StandardCharsets.UTF_8), type, "p", Map.of()));
    }

    @Test
    void hugeSingleLineOfWordsIsTooLong() {
        Reading r = read("word ".repeat(NEAR_LIMIT / 5), null);
        assertEquals("too-long", ((Reading.Rejected) r).code());
    }

    @Test
    void floodsOfPunctuationAreTooShort() {
        for (String unit : new String[] {"(", "[", "\u2014", "$", ".", "(S$1 ", "U.S./"}) {
            Reading r = read(unit.repeat(NEAR_LIMIT / unit.getBytes(StandardCharsets.UTF_8).length), null);
            assertInstanceOf(Reading.Rejected.class, r, unit);
        }
    }

    @Test
    void analyzerSurvivesFloodsOnOneLine() {
        Analyzer analyzer = Analyzer.standard();
        assertEquals(0, analyzer.analyze("(".repeat(1_000_000)).size());
        assertEquals(200_000, analyzer.analyze("U.S. ".repeat(200_000)).size());
        assertEquals(1, analyzer.analyze("A".repeat(1_000_000) + ".").size());
        assertEquals(100_000, analyzer.analyze("(AB) x ".repeat(100_000)).size());
    }

    @Test
    void randomBytesAreRejectedNotThrown() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] b = new byte[1 + random.nextInt(5000)];
            random.nextBytes(b);
            Reading r = engine.read(new Document(b, i % 2 == 0 ? "text/html" : null, "r" + i, Map.of()));
            assertInstanceOf(Reading.Rejected.class, r);
        }
    }

    @Test
    void nestedJsonAndHtmlBombsAreBounded() {
        assertEquals("malformed-json", ((Reading.Rejected) read("{\"a\":".repeat(100_000), "application/json")).code());
        Reading r = read("<div>".repeat(100_000), "text/html");
        assertInstanceOf(Reading.Rejected.class, r);
    }

    @Test
    void everySeedIsAcceptedWithItsBodyIntact() throws IOException {
        String dir = System.getProperty("storyprint.shared.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "seeds")), "seeds not found under storyprint.shared.dir (skipping)");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of(dir, "seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        assertEquals(5, seeds.size());
        for (Path seed : seeds) {
            byte[] bytes = Files.readAllBytes(seed);
            Reading r = engine.read(new Document(bytes, "text/plain", "incoming/" + seed.getFileName(), Map.of()));
            assertInstanceOf(Reading.Accepted.class, r, seed.toString());
            assertEquals(new String(bytes, StandardCharsets.UTF_8), ((Reading.Accepted) r).article().text());
            assertTrue(((Reading.Accepted) r).article().text().length() > 1000);
        }
    }
}
