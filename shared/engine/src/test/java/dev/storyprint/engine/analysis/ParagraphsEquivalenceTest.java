package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Analyzer#paragraphs} (plain-text fast path, fused line rules) against the chain run the
 * plain way: every text filter on the whole text, a split, then every line filter over the list.
 */
class ParagraphsEquivalenceTest {
    private static final List<TextFilter> TEXT = List.of(new StripInvisibleChars(), new NormalizeUnicode(), new FoldQuotes(),
            new FoldDashes(), new NormalizeWhitespace());
    private static final List<LineFilter> LINES = List.of(new UnwrapHardWrappedLines(), new UnwrapWrappedBlocks(),
            new DropRepeatedLines(), new DropCaptions(), new DropCreditLines(), new DropBylines(), new DropShareLines(),
            new DropLabelledTeasers(), new StripTrailingWireCredit(), new DropNonSentenceLines(), new StripDateline(),
            new DropCurrencyConversions(), new DropBracketedCodes());

    static List<String> reference(String text) {
        String normalized = text;
        for (TextFilter filter : TEXT) {
            normalized = filter.apply(normalized);
        }
        List<String> lines = List.of(normalized.split("\n", -1));
        for (LineFilter filter : LINES) {
            lines = filter.apply(lines);
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private final Analyzer analyzer = Analyzer.standard();

    private void check(String text) {
        assertEquals(reference(text), analyzer.paragraphs(text), () -> text.replace("\n", "\\n"));
        checkFacts(PlainLines.split(text));
        String normalized = text;
        for (TextFilter filter : TEXT) {
            normalized = filter.apply(normalized);
        }
        PlainLines.Split split = PlainLines.normalized(normalized);
        assertEquals(List.of(normalized.split("\n", -1)), split.lines());
        checkFacts(split);
    }

    /** The facts found for a whole text are each line's own. */
    private static void checkFacts(PlainLines.Split split) {
        if (split != null) {
            for (int i = 0; i < split.lines().size(); i++) {
                String line = split.lines().get(i);
                assertEquals(line.isEmpty() ? 0 : LineFacts.of(line), split.facts()[i], line);
            }
        }
    }

    /** Lines that trigger each rule, and prose that must pass, as material for random texts. */
    private static final List<String> PIECES = List.of(
            "The talks resumed on Monday after a two-month pause, officials said.",
            "By Jane Doe and John Roe, Reuters | Updated 3 hours ago", "By contrast, the market rose.",
            "FILE PHOTO: Leaders meet in Osaka, June 29, 2019. REUTERS/Kevin Lamarque",
            "Mnuchin walks to a meeting on Thursday. (Greg Baker/AFP/Getty Images)", "(Photo: AP)",
            "Further reporting by Ben Blanchard; Editing by Simon Webb", "Jane Doe contributed to this report.",
            "This article first appeared in the Daily.", "Sign up for our newsletter", "Share this article",
            "Opinion: Has the trade war started yet?", "Read more: Tariffs", "He said: we will stay.",
            "The team got a win.\"REUTERS", "It ended, he said. - Reuters", "in the U.S. NATO",
            "SEE OPINION", "WASHINGTON/NEW YORK - The United States and China are set to relaunch talks.",
            "BEIJING (Reuters) - Talks resumed.", "LONDON, July 8 (AFP) - Prices fell.", "Beijing (Reuters) - Talks.",
            "(Reuters) - Talks resumed.", "Tariffs on US$300 billion (S$408 billion) of goods rose.",
            "The Trade Representative (USTR) met Huawei [HWT.UL] staff.", "Shares of IBM (NYSE: IBM) fell.",
            "A wrapped line of text that stops in the middle of a sentence and goes on in",
            "the next line of the same paragraph which also does not end with a full stop",
            "and a final line.", "Yes.", "\u201cQuoted,\u201d she said \u2014 twice.", "caf\u00e9 \u00a9 2019",
            "\u00adsoft\u200bhyphen", "x", "");

    @Test
    void sameParagraphsAsTheFilterChainOnRandomTexts() {
        String glue = "\n\n\n \r\t\u00a0\u2028";
        Random r = new Random(5);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                String piece = PIECES.get(r.nextInt(PIECES.size()));
                if (r.nextInt(5) == 0 && !piece.isEmpty()) {
                    int cut = r.nextInt(piece.length());
                    piece = piece.substring(0, cut) + glue.charAt(r.nextInt(glue.length())) + piece.substring(cut);
                }
                sb.append(piece);
                int breaks = r.nextInt(8);
                sb.append(breaks < 4 ? "\n" : breaks < 7 ? "\n\n" : glue.charAt(r.nextInt(glue.length())));
            }
            check(sb.toString());
        }
    }

    @Test
    void sameParagraphsAsTheFilterChainOnSeedsAndTheirVariants() throws IOException {
        String dir = System.getProperty("storyprint.shared.dir");
        List<Path> files = new ArrayList<>();
        if (dir != null && Files.isDirectory(Path.of(dir, "seeds"))) {
            try (Stream<Path> s = Files.list(Path.of(dir, "seeds"))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            check(text);
            check(text + "  \n\t");
            check(text.replace("\n", "\n\n\n"));
            check(text.replace(". ", ".  "));
            check(text.replace("\u201c", "\"").replace("\u201d", "\"").replace("\u2019", "'"));
        }
        check("");
        check(" \n\t ");
        check("a");
        check("a\n\nb\n");
    }
}
