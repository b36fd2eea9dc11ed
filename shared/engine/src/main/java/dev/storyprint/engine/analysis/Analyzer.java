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
    /** The text filters are those {@link PlainLines} stands in for on plain, normal text. */
    private final boolean plainLines;
    /** {@link #lineFilters} in order, each row of {@link LineRule}s as one array. */
    private final List<Object> lineSteps;

    /**
     * The chain of these steps. Token filters that act on few tokens ({@link Triggers.OnTerms},
     * {@link Triggers.OnSurfaces}) get their trigger bits here, and the tokenizer the tests that set them.
     */
    private Analyzer(List<TextFilter> textFilters, List<LineFilter> lineFilters, List<TokenFilter> tokenFilters) {
        this.textFilters = List.copyOf(textFilters);
        this.lineFilters = List.copyOf(lineFilters);
        this.tokenFilters = List.copyOf(tokenFilters);
        this.tokenizer = new Tokenizer(Triggers.assign(this.tokenFilters));
        if (this.textFilters.size() >= Long.SIZE) {
            throw new IllegalArgumentException("at most 63 text filters: one bit each in a long");
        }
        this.plainLines = PlainLines.appliesTo(this.textFilters);
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < this.lineFilters.size(); i++) {
            int to = i; // a row of line rules runs line by line, on facts found once
            while (to < this.lineFilters.size() && this.lineFilters.get(to) instanceof LineRule) {
                to++;
            }
            if (to > i) {
                steps.add(this.lineFilters.subList(i, to).toArray(new LineRule[0]));
                i = to - 1;
            } else {
                steps.add(this.lineFilters.get(i));
            }
        }
        this.lineSteps = List.copyOf(steps);
    }

    private static final Analyzer STANDARD = new Analyzer(
            List.of(
                    new StripInvisibleChars(),
                    new NormalizeUnicode(), // after stripping: NFKC must not see lone marks as text
                    new FoldConfusables(), // after NFKC, which folds full-width and mathematical letters
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
            List.of( // after the tokenizer
                    new MarkQuotedSpeech(), // on the tokenizer's ranges, before filters merge tokens
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
                    new DropHonorifics(),
                    new DropFunctionWords())); // last: the filters above read "per", "of", "a"...

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
        PlainLines.Split plain = plainLines ? PlainLines.split(text) : null;
        List<String> lines;
        long[] facts = null; // each line's LineFacts while the lines are those they were found for
        if (plain != null) {
            lines = plain.lines();
            facts = plain.facts();
        } else {
            String normalized = text;
            // one scan spares the filters that cannot act; a filter that changes the text (rare
            // beyond folding) may bring chars the later ones act on, so the text is scanned again
            long acting = acting(normalized, 0);
            for (int f = 0; f < textFilters.size(); f++) {
                if ((acting & 1L << f) != 0) {
                    String out = textFilters.get(f).apply(normalized);
                    if (out != normalized) {
                        normalized = out;
                        acting = acting(normalized, f + 1);
                    }
                }
            }
            if (plainLines) { // the filters left the form PlainLines reads
                plain = PlainLines.normalized(normalized);
                lines = plain.lines();
                facts = plain.facts();
            } else {
                lines = split(normalized);
            }
        }
        for (Object step : lineSteps) {
            if (step instanceof LineRule[] rules) {
                lines = rules(lines, facts, rules);
                facts = null;
            } else {
                List<String> out = ((LineFilter) step).apply(lines);
                if (out != lines) {
                    facts = null;
                    lines = out;
                }
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /** Bit f set for each text filter from {@code from} on that may change {@code text}. */
    private long acting(String text, int from) {
        int count = textFilters.size();
        long acting = 0;
        long plainActing = 0;
        for (int f = from; f < count; f++) {
            if (!textFilters.get(f).keepsPlainAscii()) {
                plainActing |= 1L << f;
            }
        }
        long all = (1L << count) - (1L << from);
        char[] chars = CharScratch.of(text);
        for (int i = 0, n = text.length(); i < n && acting != all; i++) {
            char c = chars[i];
            if (c >= ' ' && c <= '~' || c == '\n' || c == '\r' || c == '\t') {
                acting |= plainActing;
            } else {
                for (int f = from; f < count; f++) {
                    if (c < 0x80 || !textFilters.get(f).keepsBeyondAscii(c)) {
                        acting |= 1L << f;
                    }
                }
            }
        }
        return acting;
    }

    /**
     * {@code rules} in order on each non-empty line, as {@link LineFilter#each} would apply them one
     * after another: a null or blank result drops the line, others are stripped.
     */
    private static List<String> rules(List<String> lines, long[] facts, LineRule[] rules) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue; // rules pass empty lines through, and the end drops them
            }
            long f = facts != null ? facts[i] : LineFacts.of(line);
            // a rule's unchanged result needs no blank test or strip when the line is stripped already
            boolean clean = !line.isBlank() && line.strip() == line;
            for (int r = 0; r < rules.length && line != null; r++) {
                String kept = rules[r].line(line, f);
                if (kept == line && clean) {
                    continue;
                }
                if (kept == null || kept.isBlank()) {
                    line = null;
                } else {
                    kept = kept.strip();
                    clean = true;
                    if (kept != line) {
                        line = kept;
                        f = LineFacts.of(line);
                    }
                }
            }
            if (line != null) {
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
