package dev.storyprint.engine.analysis;

import dev.storyprint.engine.DriverCorpus;
import java.util.List;

/**
 * Manual check (not a test): CPU ns per input byte of {@link Analyzer#paragraphs} against the
 * plain chain ({@link ParagraphsEquivalenceTest#reference}), alternated in one JVM so that both
 * see the same machine. Args: seconds per measurement, rounds, directories...
 */
public final class ParaDriver {
    private ParaDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = DriverCorpus.texts(args, 2);
        long bytes = DriverCorpus.utf8Bytes(texts);
        double seconds = Double.parseDouble(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Analyzer analyzer = Analyzer.standard();
        for (int round = 0; round < rounds; round++) {
            for (String mode : List.of("new", "reference")) {
                DriverCorpus.Run run = DriverCorpus.time(seconds, bytes, () -> {
                    long sink = 0;
                    for (String t : texts) {
                        sink += (mode.equals("new") ? analyzer.paragraphs(t) : ParagraphsEquivalenceTest.reference(t)).size();
                    }
                    return sink;
                });
                System.out.printf("%s %s: %.2f ns/byte (%d passes, sink %d)%n", round == 0 ? "warmup" : "measure", mode,
                        run.nsPerByte(), run.passes(), run.sink());
            }
        }
    }
}
