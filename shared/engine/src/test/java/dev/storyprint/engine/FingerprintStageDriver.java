package dev.storyprint.engine;

import dev.storyprint.engine.analysis.AnalyzedTerms;
import dev.storyprint.engine.analysis.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Manual check (not a test): CPU nanoseconds per input byte of the fingerprint stage's parts
 * (constructor with its retrieval keys, "eager" with the lazy winnowing too, shingles, winnowing,
 * skeleton, surface bottom-k, codec decode with keys, "decodeall" with winnowing too) on analyzed
 * terms of the given directories' .txt files. Args: seconds per part, directories...
 * {@code -Dparts=a,b} measures only those.
 */
public final class FingerprintStageDriver {
    private FingerprintStageDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = DriverCorpus.texts(args, 1);
        long bytes = DriverCorpus.utf8Bytes(texts);
        Analyzer analyzer = Analyzer.standard();
        List<AnalyzedTerms> analyzed = new ArrayList<>();
        for (String text : texts) {
            analyzed.add(analyzer.terms(text));
        }
        List<Fingerprint> fps = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        for (AnalyzedTerms t : analyzed) {
            Fingerprint fp = Fingerprint.of("x", null, t);
            fps.add(fp);
            encoded.add(fp.encode());
        }
        long words = 0;
        long surface = 0;
        for (Fingerprint fp : fps) {
            words += fp.wordCount();
            surface += fp.surfaceSize();
        }
        System.out.printf("%d texts, %d bytes, %d words, %d winnowed%n", fps.size(), bytes, words, surface);
        double seconds = Double.parseDouble(args[0]);
        String parts = System.getProperty("parts", "of,eager,shingles,winnow,skeleton,bottomk,decode,decodeall");
        for (int phase = 0; phase < 2; phase++) {
            for (String part : parts.split(",")) {
                ToLongFunction<Integer> op = switch (part) {
                    case "of" -> i -> Fingerprint.of("x", null, analyzed.get(i)).retrievalKeys().length;
                    case "eager" -> i -> Fingerprint.of("x", null, analyzed.get(i)).surfaceSize(); // + the lazy winnowing
                    case "shingles" -> i -> Surface.shingles(fps.get(i).termHashes()).length;
                    case "winnow" -> i -> Surface.winnow(fps.get(i).shingles(), Surface.WINNOW_WINDOW).length;
                    case "skeleton" -> i -> {
                        Fingerprint f = fps.get(i);
                        return Skeleton.extract(f.termHashes(), f.flags()).size();
                    };
                    case "bottomk" -> i -> Surface.bottomK(fps.get(i).shingles(), Fingerprint.SURFACE_KEYS).length;
                    case "decode" -> i -> Fingerprint.decode(encoded.get(i)).retrievalKeys().length;
                    case "decodeall" -> i -> Fingerprint.decode(encoded.get(i)).surfaceSize();
                    default -> throw new IllegalArgumentException(part);
                };
                DriverCorpus.Run run = DriverCorpus.time(seconds, bytes, () -> {
                    long sink = 0;
                    for (int i = 0; i < analyzed.size(); i++) {
                        sink += op.applyAsLong(i);
                    }
                    return sink;
                });
                System.out.printf("%s %s: %.2f ns/byte%n", phase == 0 ? "warmup" : "measure", part, run.nsPerByte());
            }
        }
    }
}
