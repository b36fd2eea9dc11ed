package dev.storyprint.bench;

/**
 * {@code ./storyprint bench} ({@link BenchCommand}): measures the engine, the matching cost at
 * scale, cold starts and end-to-end throughput in one run, and writes
 * {@code bench/results/latest.json}, {@code latest.md} and {@code scale.svg}.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) {
        System.exit(BenchCommand.commandLine().execute(args));
    }
}
