package dev.storyprint.engine.analysis;

import dev.storyprint.engine.DriverCorpus;
import java.util.ArrayList;
import java.util.List;

/**
 * Manual check (not a test): CPU nanoseconds per input byte of the tokenizer alone and of the
 * tokenizer plus the token filters (up to {@link AnalyzedTerms}), both on ready paragraphs, beside
 * a calibration loop ("hash": one multiply-add per char) that says how fast the machine is now. Args:
 * seconds per stage, runs, directories...
 */
public final class TokensDriver {
    private TokensDriver() {
    }

    private static int hashAll(List<String> lines) {
        int h = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                h = 31 * h + line.charAt(i);
            }
        }
        return h & 1;
    }

    /** Runs of ASCII letters and digits with their hashes, stored: a lower bound for any tokenizer. */
    private static int runs(List<String> lines, int[] starts, int[] hashes) {
        int k = 0;
        for (String line : lines) {
            int n = line.length();
            int i = 0;
            while (i < n) {
                char c = line.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    i++;
                    continue;
                }
                int start = i;
                int h = 0;
                do {
                    h = 31 * h + c;
                    if (++i == n) {
                        break;
                    }
                    c = line.charAt(i);
                } while (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
                starts[k & 0xffff] = start;
                hashes[k & 0xffff] = h;
                k++;
            }
        }
        return k;
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = DriverCorpus.texts(args, 2);
        long bytes = DriverCorpus.utf8Bytes(texts);
        double seconds = Double.parseDouble(args[0]);
        int runs = Integer.parseInt(args[1]);
        Analyzer analyzer = Analyzer.standard();
        List<List<String>> paragraphs = new ArrayList<>();
        for (String t : texts) {
            paragraphs.add(analyzer.paragraphs(t));
        }
        Tokenizer tokenizer = new Tokenizer();
        TokenBuffer reused = new TokenBuffer(0);
        // the analyzer's term pass alone, to split "tokens" into tokenize, term pass and the rest
        TermFilters termPass = new TermFilters(List.of(new LowerCase(), new FoldApostrophes(), new FoldDigitGroups(),
                new FoldCurrencyPrefix(), new FoldNumberWords(), new AmericanSpelling()));
        int[] runStarts = new int[1 << 16];
        int[] runHashes = new int[1 << 16];
        for (int run = -1; run < runs; run++) {
            for (String stage : System.getProperty("stages", "tokenize,tokens").split(",")) {
                DriverCorpus.Run r = DriverCorpus.time(seconds, bytes, () -> {
                    long sink = 0;
                    for (List<String> p : paragraphs) {
                        sink += switch (stage) {
                            case "tokenize" -> tokenizer.buffer(p, reused).size; // as the analyzer runs it
                            case "tokenize-fresh" -> tokenizer.buffer(p).size;
                            case "hash" -> hashAll(p); // calibration: one multiply-add per char, nothing else
                            case "runs" -> runs(p, runStarts, runHashes); // calibration: the least a tokenizer does
                            case "termpass" -> termPass.apply(tokenizer.buffer(p, reused)).size;
                            case "filters" -> analyzer.tokens(p).size; // without the copies into AnalyzedTerms
                            default -> analyzer.tokens(p).toTerms().terms().length;
                        };
                    }
                    return sink;
                });
                System.out.printf("%s %s: %.2f ns/byte (%d rounds, sink %d)%n", run < 0 ? "warmup" : "run " + run, stage,
                        r.nsPerByte(), r.passes(), r.sink());
            }
        }
    }
}
