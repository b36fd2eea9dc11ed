package dev.storyprint.engine;

import dev.storyprint.engine.analysis.Analyzer;
import dev.storyprint.engine.analysis.AnalyzedTerms;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Manual check (not a test): CPU nanoseconds per input byte of the Fingerprint construction alone
 * (shingles, winnowing, skeleton, retrieval keys) from analyzed terms, over the given directories'
 * .txt files. Args: seconds, directories...
 */
public final class FingerprintDriver {
    private FingerprintDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<AnalyzedTerms> analyzed = new ArrayList<>();
        long bytes = 0;
        Analyzer analyzer = Analyzer.standard();
        for (int a = 1; a < args.length; a++) {
            try (Stream<Path> s = Files.list(Path.of(args[a]))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    bytes += text.getBytes(StandardCharsets.UTF_8).length;
                    analyzed.add(analyzer.terms(text));
                }
            }
        }
        double seconds = Double.parseDouble(args[0]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int phase = 0; phase < 2; phase++) {
            long start = mx.getCurrentThreadCpuTime();
            long rounds = 0;
            long sink = 0;
            while (mx.getCurrentThreadCpuTime() - start < seconds * 1e9) {
                for (AnalyzedTerms t : analyzed) {
                    sink += Fingerprint.of("x", null, t).retrievalKeys().length;
                }
                rounds++;
            }
            double cpu = mx.getCurrentThreadCpuTime() - start;
            System.out.printf("%s Fingerprint construction: %.2f ns/byte (%d rounds, sink %d)%n",
                    phase == 0 ? "warmup" : "measure", cpu / (rounds * (double) bytes), rounds, sink);
        }
    }
}
