package dev.storyprint.bench;

import dev.storyprint.bench.perf.PerfBench;

/**
 * {@code ./storyprint bench [--full] [--only engine,scale,cold,e2e] [--out DIR]}: measures the
 * engine, the matching cost at scale, cold starts and end-to-end throughput in one run, and writes
 * {@code bench/results/latest.json}, {@code latest.md} and {@code scale.svg}.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        System.exit(PerfBench.run(args, System.out, System.err));
    }
}
