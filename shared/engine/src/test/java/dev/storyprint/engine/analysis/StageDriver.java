package dev.storyprint.engine.analysis;

import dev.storyprint.engine.DriverCorpus;
import java.util.ArrayList;
import java.util.List;

/**
 * Manual check (not a test): CPU nanoseconds per input byte of each analysis stage (text filters,
 * line filters, tokenizer, token filters) over the given directories' .txt files, to see where
 * the time goes without a profiler. Args: seconds per stage, directories...
 */
public final class StageDriver {
    private StageDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = DriverCorpus.texts(args, 1);
        long bytes = DriverCorpus.utf8Bytes(texts);
        double seconds = Double.parseDouble(args[0]);
        Analyzer analyzer = Analyzer.standard();
        List<List<String>> paragraphs = new ArrayList<>();
        for (String t : texts) {
            paragraphs.add(analyzer.paragraphs(t));
        }
        Tokenizer tokenizer = new Tokenizer();
        dev.storyprint.engine.Engine engine = dev.storyprint.engine.Engine.standard();
        if (System.getProperty("tokenfilters") != null) {
            perTokenFilter(texts, bytes, seconds, analyzer);
            return;
        }
        if (System.getProperty("filters") != null) {
            perFilter(texts, bytes, seconds, List.of(new StripInvisibleChars(), new NormalizeUnicode(), new FoldQuotes(),
                    new FoldDashes(), new NormalizeWhitespace()), List.of(new UnwrapHardWrappedLines(), new UnwrapWrappedBlocks(),
                    new DropRepeatedLines(), new DropCaptions(), new DropCreditLines(), new DropBylines(), new DropShareLines(),
                    new DropLabelledTeasers(), new StripTrailingWireCredit(), new DropNonSentenceLines(), new StripDateline(),
                    new DropCurrencyConversions(), new DropBracketedCodes()));
            return;
        }
        for (int phase = 0; phase < 2; phase++) {
            // -Dstages=a,b measures only those (A/B runs of one stage)
            for (String stage : List.of(System.getProperty("stages", "bound,paragraphs,tokenize,terms,fingerprint").split(","))) {
                DriverCorpus.Run run = DriverCorpus.time(seconds, bytes, () -> {
                    long sink = 0;
                    for (int i = 0; i < texts.size(); i++) {
                        if (stage.equals("bound")) {
                            sink += bound(texts.get(i)).size();
                        } else if (stage.equals("fingerprint")) {
                            sink += engine.fingerprint(new dev.storyprint.engine.Article("x", texts.get(i), null, null, null, null))
                                    .wordCount();
                        } else if (stage.equals("paragraphs")) {
                            sink += analyzer.paragraphs(texts.get(i)).size();
                        } else if (stage.equals("tokenize")) {
                            sink += tokenizer.buffer(paragraphs.get(i)).size;
                        } else {
                            sink += analyzer.terms(texts.get(i)).terms().length;
                        }
                    }
                    return sink;
                });
                System.out.printf("%s %s: %.1f MB/cpu-s %.1f ns/byte (%d rounds, sink %d)%n", phase == 0 ? "warmup" : "measure",
                        stage, run.mbPerCpuSecond(), run.nsPerByte(), run.passes(), run.sink());
            }
        }
    }

    /** CPU ns per input byte of each text and line filter, applied in chain order. */
    static void perFilter(List<String> texts, long bytes, double seconds, List<TextFilter> textFilters,
                          List<LineFilter> lineFilters) {
        List<String> current = new ArrayList<>(texts);
        for (TextFilter f : textFilters) {
            List<String> in = current;
            double ns = time(seconds, bytes, () -> {
                long sink = 0;
                for (String t : in) {
                    sink += f.apply(t).length();
                }
                return sink;
            });
            System.out.printf("  text %s: %.2f ns/byte%n", f.getClass().getSimpleName(), ns);
            List<String> out = new ArrayList<>();
            for (String t : in) {
                out.add(f.apply(t));
            }
            current = out;
        }
        List<List<String>> lines = new ArrayList<>();
        for (String t : current) {
            lines.add(List.of(t.split("\n", -1)));
        }
        for (LineFilter f : lineFilters) {
            List<List<String>> in = lines;
            double ns = time(seconds, bytes, () -> {
                long sink = 0;
                for (List<String> t : in) {
                    sink += f.apply(t).size();
                }
                return sink;
            });
            System.out.printf("  line %s: %.2f ns/byte%n", f.getClass().getSimpleName(), ns);
            List<List<String>> out = new ArrayList<>();
            for (List<String> t : in) {
                out.add(f.apply(t));
            }
            lines = out;
        }
    }

    /** CPU ns per input byte of each token filter, on copies of the tokenizer's buffers (copy time subtracted). */
    static void perTokenFilter(List<String> texts, long bytes, double seconds, Analyzer analyzer) {
        List<TokenBuffer> current = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer();
        for (String t : texts) {
            current.add(tokenizer.buffer(analyzer.paragraphs(t)));
        }
        List<TokenFilter> filters = List.of(new TermFilters(List.of(new LowerCase(), new FoldApostrophes(), new FoldDigitGroups(),
                new FoldCurrencyPrefix(), new FoldNumberWords(), new AmericanSpelling())), new FoldNumberSign(),
                new FoldMonthAbbreviations(), new SplitMagnitudes(), new FoldPercent(), new FoldCountryNames(), new DropHonorifics());
        List<TokenBuffer> in0 = current;
        double copy = time(seconds, bytes, () -> {
            long sink = 0;
            for (TokenBuffer b : in0) {
                sink += copy(b).size;
            }
            return sink;
        });
        System.out.printf("  copy: %.2f ns/byte%n", copy);
        for (TokenFilter f : filters) {
            List<TokenBuffer> in = current;
            double ns = time(seconds, bytes, () -> {
                long sink = 0;
                for (TokenBuffer b : in) {
                    sink += f.apply(copy(b)).size;
                }
                return sink;
            });
            System.out.printf("  token %s: %.2f ns/byte%n", f.getClass().getSimpleName(), ns - copy);
            List<TokenBuffer> out = new ArrayList<>();
            for (TokenBuffer b : in) {
                out.add(f.apply(copy(b)));
            }
            current = out;
        }
    }

    private static TokenBuffer copy(TokenBuffer b) {
        TokenBuffer c = new TokenBuffer(b.src, b.size); // the article's chars: read only, shared
        System.arraycopy(b.start, 0, c.start, 0, b.size);
        System.arraycopy(b.end, 0, c.end, 0, b.size);
        System.arraycopy(b.term, 0, c.term, 0, b.size);
        System.arraycopy(b.sentence, 0, c.sentence, 0, b.size);
        System.arraycopy(b.flags, 0, c.flags, 0, b.size);
        System.arraycopy(b.hash, 0, c.hash, 0, b.size);
        System.arraycopy(b.rules, 0, c.rules, 0, b.size);
        c.rulesPresent = b.rulesPresent;
        c.size = b.size;
        return c;
    }

    private static double time(double seconds, long bytes, java.util.function.LongSupplier op) {
        return DriverCorpus.time(seconds, bytes, op).nsPerByte();
    }

    /** EngineBenchmark.bound: read and split into lower-case word Strings, nothing else. */
    static List<String> bound(String t) {
        List<String> out = new ArrayList<>(t.length() / 5);
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(t.substring(start, i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }
}
