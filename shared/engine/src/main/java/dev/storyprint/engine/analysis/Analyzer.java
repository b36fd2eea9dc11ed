package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns article text into normalized {@link Token}s through a chain of small steps (text filters,
 * line filters, a tokenizer, token filters). This class is the one place where the order lives.
 * Thread-safe: every step is stateless or keeps per-thread scratch (the token buffer, the term memo).
 */
public final class Analyzer {
    private final List<TextFilter> textFilters;
    private final List<LineFilter> lineFilters;
    private final Tokenizer tokenizer;
    private final List<TokenFilter> tokenFilters;

    private Analyzer(List<TextFilter> textFilters, List<LineFilter> lineFilters, Tokenizer tokenizer,
                     List<TokenFilter> tokenFilters) {
        this.textFilters = List.copyOf(textFilters);
        this.lineFilters = List.copyOf(lineFilters);
        this.tokenizer = tokenizer;
        this.tokenFilters = List.copyOf(tokenFilters);
    }

    private static final Analyzer STANDARD = new Analyzer(
            List.of(
                    new StripInvisibleChars(),
                    new NormalizeUnicode(), // after stripping: NFKC must not see lone marks as text
                    new FoldQuotes(),
                    new FoldDashes(), // before whitespace: it inserts spaces around dashes
                    new NormalizeWhitespace()),
            List.of(
                    new UnwrapHardWrappedLines(), // first: the others take a line for a paragraph
                    new UnwrapWrappedBlocks(), // paragraphs wrapped one by one in otherwise unwrapped text
                    new DropRepeatedLines(), // a caption printed twice, before captions go
                    new DropCaptions(), // before datelines: "FILE PHOTO:" looks like one
                    new DropCreditLines(),
                    new DropBylines(),
                    new DropShareLines(),
                    new DropLabelledTeasers(),
                    new StripTrailingWireCredit(), // before the sentence test: "win."REUTERS ends a sentence then
                    new DropNonSentenceLines(),
                    new StripDateline(), // after the line tests: a stripped opener is not a short line
                    new DropCurrencyConversions(),
                    new DropBracketedCodes()),
            new Tokenizer(),
            List.of(
                    new TermFilters(List.of( // one pass: each maps a term to a term
                            new LowerCase(),
                            new FoldApostrophes(),
                            new FoldDigitGroups(),
                            new FoldCurrencyPrefix(), // on lower case: "us$300"
                            new FoldNumberWords(),
                            new AmericanSpelling())),
                    new FoldNumberSign(), // after the term pass: "nine" is a number by then
                    new FoldMonthAbbreviations(),
                    new SplitMagnitudes(), // after the currency prefix: "us$300bn" -> "$300bn" -> "$300" "billion"
                    new FoldPercent(),
                    new FoldCountryNames(), // reads surfaces and replaces whole terms, so after the term pass
                    new DropHonorifics()));

    /** The chain used for fingerprints: every article must go through this same one. */
    public static Analyzer standard() {
        return STANDARD;
    }

    public List<Token> analyze(String text) {
        return Collections.unmodifiableList(tokens(text).toTokens());
    }

    /** What a fingerprint needs of {@link #analyze}: the same terms and flags, without Token objects. */
    public AnalyzedTerms terms(String text) {
        return tokens(text).toTerms();
    }

    private TokenBuffer tokens(String text) {
        return tokens(paragraphs(text));
    }

    /**
     * One token buffer per thread, refilled for each article: {@link #analyze} and {@link #terms}
     * copy what they return out of it, so no caller keeps a reference.
     */
    private final ThreadLocal<TokenBuffer> scratch = ThreadLocal.withInitial(() -> new TokenBuffer(0));

    /** The tokenizer and the token filters over ready {@link #paragraphs}, in this thread's reused buffer. */
    TokenBuffer tokens(List<String> paragraphs) {
        TokenBuffer tokens = tokenizer.buffer(paragraphs, scratch.get());
        for (TokenFilter filter : tokenFilters) {
            tokens = filter.apply(tokens);
        }
        return tokens;
    }

    /**
     * The paragraphs that survive the text and line filters, one per element: what the tokenizer
     * sees. Useful for evidence and for checking what a filter removed.
     */
    public List<String> paragraphs(String text) {
        String normalized = text;
        boolean plain = TextFilter.isPlainAscii(text); // one scan spares the filters that cannot act
        for (TextFilter filter : textFilters) {
            if (!plain || !filter.keepsPlainAscii()) {
                normalized = filter.apply(normalized);
            }
        }
        List<String> lines = split(normalized);
        for (LineFilter filter : lineFilters) {
            lines = filter.apply(lines);
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        // indexOf is a vectorized intrinsic: no per-char loop here
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }
}
