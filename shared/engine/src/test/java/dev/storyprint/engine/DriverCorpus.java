package dev.storyprint.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * What the manual speed drivers (StageDriver, ParaDriver, TokensDriver, FingerprintStageDriver)
 * share: the corpus they read and the CPU clock they time with. CPU time of the measuring thread,
 * not wall time: the machines are shared, and time stolen by other processes is not counted.
 */
public final class DriverCorpus {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private DriverCorpus() {
    }

    /** The .txt files of the directories {@code args[from..]}, read as UTF-8, in name order per directory. */
    public static List<String> texts(String[] args, int from) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int a = from; a < args.length; a++) {
            try (Stream<Path> s = Files.list(Path.of(args[a]))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    /** Input size in UTF-8 bytes: what every figure is per. */
    public static long utf8Bytes(List<String> texts) {
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    /** One timing: CPU ns per input byte, passes made and the passes' summed results (kept live). */
    public record Run(double nsPerByte, long passes, long sink) {
        public double mbPerCpuSecond() {
            return 1e3 / nsPerByte;
        }
    }

    /** Repeats {@code pass} (one pass over {@code bytes} of input) until {@code seconds} of this thread's CPU time. */
    public static Run time(double seconds, long bytes, LongSupplier pass) {
        long start = MX.getCurrentThreadCpuTime();
        long passes = 0;
        long sink = 0;
        while (MX.getCurrentThreadCpuTime() - start < seconds * 1e9) {
            sink += pass.getAsLong();
            passes++;
        }
        double cpu = MX.getCurrentThreadCpuTime() - start;
        return new Run(cpu / (passes * (double) bytes), passes, sink);
    }
}
