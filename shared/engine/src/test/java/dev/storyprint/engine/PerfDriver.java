package dev.storyprint.engine;

import dev.storyprint.engine.analysis.Analyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Manual throughput check (not a test): MB of UTF-8 input per CPU-second of this thread for
 * analyze and analyze+fingerprint over the seeds and samples. CPU time because the machine is shared.
 * Args: shared dir, samples dir, seconds per phase, optional single mode.
 */
public final class PerfDriver {
    private PerfDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of(args[0], "seeds"), Path.of(args[1]))) {
            for (Path f : GoldenOutputTest.texts(dir)) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        double seconds = Double.parseDouble(args[2]);
        Engine engine = Engine.standard();
        Analyzer analyzer = Analyzer.standard();
        List<List<dev.storyprint.engine.analysis.Token>> analyzed = new ArrayList<>();
        for (String t : texts) {
            analyzed.add(analyzer.analyze(t));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int phase = 0; phase < 2; phase++) {
            for (String mode : List.of("analyze", "analyze+fingerprint", "fingerprint+encode", "fingerprint")) {
                if (args.length > 3 && !args[3].equals(mode)) {
                    continue; // one mode only, for profiling
                }
                long start = mx.getCurrentThreadCpuTime();
                long rounds = 0;
                long sink = 0;
                while (mx.getCurrentThreadCpuTime() - start < seconds * 1e9) {
                    for (int i = 0; i < texts.size(); i++) {
                        String t = texts.get(i);
                        if (mode.equals("fingerprint")) {
                            sink += Fingerprint.of("x", null, analyzed.get(i)).wordCount();
                        } else if (mode.equals("fingerprint+encode")) {
                            sink += Fingerprint.of("x", null, analyzed.get(i)).encode().length;
                        } else if (mode.equals("analyze")) {
                            sink += analyzer.analyze(t).size();
                        } else {
                            sink += engine.fingerprint(new Article("x", t, null, null, null, null)).encode().length;
                        }
                    }
                    rounds++;
                }
                double cpu = (mx.getCurrentThreadCpuTime() - start) / 1e9;
                System.out.printf("%s %s: %.1f MB/cpu-s (%d rounds, sink %d)%n", phase == 0 ? "warmup" : "measure",
                        mode, rounds * bytes / 1e6 / cpu, rounds, sink);
            }
        }
    }
}
