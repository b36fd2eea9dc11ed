package dev.storyprint.bench.perf;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.runner.format.OutputFormatFactory;

/** Runs {@link EngineBenchmark} through JMH and turns ops/s into MB/s and articles/s. */
public final class EngineRun {
    /** Quick mode: enough iterations for a stable mean on an idle core, a couple of minutes in all. */
    static final int QUICK_WARMUP = 3;
    static final int QUICK_MEASURE = 4;
    static final TimeValue QUICK_TIME = TimeValue.seconds(2);
    /**
     * Full mode: three forks, because one fork's JIT decisions move the result by ~10% (the same
     * code, idle, gave 53.1 and 47.9 MB/s in two single-fork runs); the mean over forks is the figure.
     */
    static final int FULL_FORKS = 3;
    static final int FULL_WARMUP = 4;
    static final int FULL_MEASURE = 5;
    static final TimeValue FULL_TIME = TimeValue.seconds(4);
    /** Heap for the fork: the corpus and candidate fingerprints are a few MB; leave GC no excuse. */
    static final String FORK_HEAP = "-Xmx1g";

    private EngineRun() {}

    /** Mean over forks, its 99.9% error, and each fork's MB/s. */
    public record Throughput(double opsPerSecond, double error, double mbPerSecond, double articlesPerSecond,
                             List<Double> forkMbPerSecond) {}

    public record Result(int articles, long bytes, int realTexts, int forks, Map<String, Throughput> byBenchmark) {}

    public static Result run(boolean full, int corpusSize, List<String> extraJvmArgs) throws RunnerException {
        System.setProperty(EngineBenchmark.CORPUS_SIZE, Integer.toString(corpusSize));
        List<String> corpus = EngineBenchmark.corpus();
        long bytes = 0;
        for (String t : corpus) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        ChainedOptionsBuilder opts = new OptionsBuilder()
                .include(EngineBenchmark.class.getName() + "\\.")
                .forks(forks(full))
                .threads(1)
                .warmupIterations(full ? FULL_WARMUP : QUICK_WARMUP)
                .warmupTime(full ? FULL_TIME : QUICK_TIME)
                .measurementIterations(full ? FULL_MEASURE : QUICK_MEASURE)
                .measurementTime(full ? FULL_TIME : QUICK_TIME)
                .shouldFailOnError(true)
                .jvmArgsAppend(jvmArgs(corpusSize, extraJvmArgs));
        // JMH's progress goes to stderr: stdout carries only results.
        Collection<RunResult> results = new Runner(opts.build(),
                OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL)).run();
        Map<String, Throughput> out = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            List<Double> forks = new java.util.ArrayList<>();
            for (BenchmarkResult fork : r.getBenchmarkResults()) {
                forks.add(fork.getPrimaryResult().getScore() * bytes / 1e6);
            }
            out.put(name, new Throughput(ops, err, ops * bytes / 1e6, ops * corpus.size(), forks));
        }
        String shared = System.getProperty("storyprint.shared.dir");
        String root = System.getProperty("storyprint.root.dir");
        int real = NewsText.realTexts(shared == null ? null : java.nio.file.Path.of(shared),
                root == null ? null : java.nio.file.Path.of(root));
        return new Result(corpus.size(), bytes, Math.min(real, corpus.size()), forks(full), out);
    }

    static int forks(boolean full) {
        return full ? FULL_FORKS : 1;
    }

    private static String[] jvmArgs(int corpusSize, List<String> extra) {
        List<String> args = new java.util.ArrayList<>();
        args.add(FORK_HEAP);
        args.add("-D" + EngineBenchmark.CORPUS_SIZE + "=" + corpusSize);
        for (String p : List.of("storyprint.shared.dir", "storyprint.root.dir")) {
            if (System.getProperty(p) != null) {
                args.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        args.addAll(extra);
        return args.toArray(String[]::new);
    }
}
