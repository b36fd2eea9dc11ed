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
    /**
     * Warm-up per operation, alone, before the interleaved rounds: at least this many corpus passes
     * AND this much CPU time. Rounds matter as much as time: the bound's per-text method is called
     * 120 times a pass, so C2 compiles it only after ~15 passes (measured: 15 MB per CPU-s before,
     * 75-88 after); five passes had timed it half-compiled and flattered engine/bound 2.5x.
     */
    static final int QUICK_WARMUP_ROUNDS = 30;
    static final double QUICK_WARMUP_CPU_S = 2.0;
    static final int QUICK_ROUNDS = 5;
    static final int FULL_WARMUP_ROUNDS = 50;
    static final double FULL_WARMUP_CPU_S = 5.0;
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
        int warmRounds = full ? FULL_WARMUP_ROUNDS : QUICK_WARMUP_ROUNDS;
        long warmNs = (long) ((full ? FULL_WARMUP_CPU_S : QUICK_WARMUP_CPU_S) * 1e9);
        for (int o = 0; o < OPS.length; o++) {
            long spent = 0;
            for (int r = 0; r < warmRounds || spent < warmNs; r++) {
                long t0 = mx.getCurrentThreadCpuTime();
                op(b, o, bh);
                spent += mx.getCurrentThreadCpuTime() - t0;
            }
        }
        int rounds = full ? FULL_ROUNDS : QUICK_ROUNDS;
        long[][] ns = new long[OPS.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int o = 0; o < OPS.length; o++) {
                long t0 = mx.getCurrentThreadCpuTime();
                op(b, o, bh);
                ns[o][r] = mx.getCurrentThreadCpuTime() - t0;
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

    private static void op(EngineBenchmark b, int o, Blackhole bh) {
        switch (o) {
            case 0 -> b.fingerprint(bh);
            case 1 -> b.decide(bh);
            case 2 -> b.bound(bh);
            default -> b.peer(bh);
        }
    }
}
