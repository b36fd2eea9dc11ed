package dev.storyprint.engine.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Manual check (not a test): CPU ns per input byte of {@link Analyzer#paragraphs} against the
 * plain chain ({@link ParagraphsEquivalenceTest#reference}), alternated in one JVM so that both
 * see the same machine. Args: seconds per measurement, rounds, directories...
 */
public final class ParaDriver {
    private ParaDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            try (Stream<Path> s = Files.list(Path.of(args[a]))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        double seconds = Double.parseDouble(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Analyzer analyzer = Analyzer.standard();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            for (String mode : List.of("new", "reference")) {
                long start = mx.getCurrentThreadCpuTime();
                long passes = 0;
                long sink = 0;
                while (mx.getCurrentThreadCpuTime() - start < seconds * 1e9) {
                    for (String t : texts) {
                        sink += (mode.equals("new") ? analyzer.paragraphs(t) : ParagraphsEquivalenceTest.reference(t)).size();
                    }
                    passes++;
                }
                double cpu = mx.getCurrentThreadCpuTime() - start;
                System.out.printf("%s %s: %.2f ns/byte (%d passes, sink %d)%n", round == 0 ? "warmup" : "measure", mode,
                        cpu / (passes * (double) bytes), passes, sink);
            }
        }
    }
}
