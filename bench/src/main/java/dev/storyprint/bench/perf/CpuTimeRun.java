package dev.storyprint.bench.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same four operations as {@link EngineBenchmark}, interleaved round by round in this JVM and
 * timed by this thread's CPU time, not wall time. On a shared machine other processes steal wall
 * time unevenly between JMH's consecutive benchmarks; CPU time per operation, interleaved, keeps
 * the ratios engine/bound and engine/peer honest. Reported beside the JMH figures, not instead.
 */
public final class CpuTimeRun {
    /** Rounds before timing: the JIT compiles the hot loops within a few corpus passes. */
    static final int QUICK_WARMUP_ROUNDS = 3;
    static final int QUICK_ROUNDS = 5;
    static final int FULL_WARMUP_ROUNDS = 5;
    static final int FULL_ROUNDS = 15;
    static final String[] OPS = {"fingerprint", "decide", "bound", "peer"};

    private CpuTimeRun() {}

    /** MB per CPU-second of one thread, per operation (median over rounds). */
    public static Map<String, Double> run(boolean full, long corpusBytes) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!mx.isCurrentThreadCpuTimeSupported()) {
            return Map.of();
        }
        EngineBenchmark b = new EngineBenchmark();
        b.setup();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        int warm = full ? FULL_WARMUP_ROUNDS : QUICK_WARMUP_ROUNDS;
        int rounds = full ? FULL_ROUNDS : QUICK_ROUNDS;
        long[][] ns = new long[OPS.length][rounds];
        for (int r = 0; r < warm + rounds; r++) {
            for (int o = 0; o < OPS.length; o++) {
                long t0 = mx.getCurrentThreadCpuTime();
                switch (o) {
                    case 0 -> b.fingerprint(bh);
                    case 1 -> b.decide(bh);
                    case 2 -> b.bound(bh);
                    default -> b.peer(bh);
                }
                long t1 = mx.getCurrentThreadCpuTime();
                if (r >= warm) {
                    ns[o][r - warm] = t1 - t0;
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int o = 0; o < OPS.length; o++) {
            long[] s = ns[o].clone();
            java.util.Arrays.sort(s);
            double median = s[s.length / 2] / 1e9;
            out.put(OPS[o], corpusBytes / 1e6 / median);
        }
        return out;
    }
}
