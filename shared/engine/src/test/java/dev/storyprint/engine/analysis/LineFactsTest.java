package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The facts only spare work: every rule decides the same with them as with every trigger open. */
class LineFactsTest {
    private static final List<LineRule> RULES = List.of(new DropCaptions(), new DropCreditLines(), new DropBylines(),
            new DropShareLines(), new DropLabelledTeasers(), new StripTrailingWireCredit(), new DropNonSentenceLines(),
            new StripDateline(), new DropCurrencyConversions(), new DropBracketedCodes());

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "CONTRIBUTED TO THIS REPORT", "Jane contributed to this report.", "Editing by Jo", "first appeared in X",
                "Share this", "SIGN UP for the NEWSLETTER", "Follow us on Twitter", "caf\u00e9 \u00a9 2019 all rights",
                "He wrote @ home  twice", " lead", "trail ", "a  b", "@@", "x", "(Reuters) - Talks.", "(USTR)",
                "US$300 billion (S$408 billion)", "\u20ac5 (\u00a34)", "a\tb", "Photo: AP", "WASHINGTON/NEW YORK - Talks."));
        String dir = System.getProperty("storyprint.shared.dir");
        if (dir != null && Files.isDirectory(Path.of(dir, "seeds"))) {
            try (Stream<Path> s = Files.list(Path.of(dir, "seeds"))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(Analyzer.standard().paragraphs(Files.readString(p, StandardCharsets.UTF_8)));
                    for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                        lines.add(line.strip());
                    }
                }
            }
        }
        Random r = new Random(3);
        String alphabet = "ab AB:([/-$\u00a3)]@`.\"'ibuppeg bshe";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            lines.add(sb.toString());
            if (!lines.get(i).isEmpty()) { // and a cut of an earlier line with a glued piece
                String base = lines.get(i);
                int cut = r.nextInt(base.length());
                lines.add(base.substring(0, cut) + " " + lines.get(r.nextInt(lines.size())));
            }
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    @Test
    void rulesDecideAlikeWithFactsAndWithEveryTriggerOpen() throws IOException {
        for (String line : lines()) {
            long facts = LineFacts.of(line);
            long open = LineFacts.open(line);
            assertEquals(LineFacts.words(open), LineFacts.words(facts), line);
            for (LineRule rule : RULES) {
                assertEquals(rule.line(line, open), rule.line(line, facts), () -> rule.getClass().getSimpleName() + ": " + line);
            }
        }
    }

    @Test
    void phrasesMatchTheLowerCasedLine() throws IOException {
        List<String> phrases = List.of("share this", "sign up", "newsletter", "\u00a9", "on twitter", "all rights reserved");
        Phrases matcher = new Phrases(phrases);
        for (String line : lines()) {
            String lower = line.toLowerCase(Locale.ROOT);
            boolean expected = phrases.stream().anyMatch(lower::contains);
            assertEquals(expected, matcher.foundIn(line, LineFacts.of(line)), line);
        }
    }

    @Test
    void creditPreCheckFindsItsStrings() throws IOException {
        List<String> lines = lines();
        lines.addAll(List.of("ontribut", "xditing by", "ppeared", "ublished", "pp", "b", "contributed", "Editing by X"));
        for (String line : lines) {
            assertEquals(DropCreditLines.PRE_CHECK.stream().anyMatch(line::contains), DropCreditLines.preCheck(line), line);
        }
    }

    @Test
    void flagsPlainFormBreaks() {
        assertFalse(LineFacts.any(LineFacts.of("Talks resumed on Monday."), LineFacts.LOOSE_SPACE | LineFacts.NON_ASCII));
        assertTrue(LineFacts.any(LineFacts.of("Talks  resumed"), LineFacts.LOOSE_SPACE));
        assertTrue(LineFacts.any(LineFacts.of(" Talks"), LineFacts.LOOSE_SPACE));
        assertTrue(LineFacts.any(LineFacts.of("Talks "), LineFacts.LOOSE_SPACE));
        assertTrue(LineFacts.any(LineFacts.of("caf\u00e9"), LineFacts.NON_ASCII));
        assertTrue(LineFacts.any(LineFacts.of("a\tb"), LineFacts.CONTROL));
        assertEquals(3, LineFacts.words(LineFacts.of("Talks resumed today")));
        assertEquals(2, LineFacts.words(LineFacts.of(" a  b ")));
    }
}
