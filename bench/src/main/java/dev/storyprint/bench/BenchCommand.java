package dev.storyprint.bench;

import dev.storyprint.bench.perf.PerfBench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./storyprint bench}: the flags of {@link PerfBench}, checked here (types, stage names,
 * help). The run still takes an argument array: {@link #argv()} hands it the checked flags in their
 * canonical spelling, until {@code PerfBench.run} takes these options directly.
 */
@Command(name = "storyprint bench", sortOptions = false, usageHelpWidth = 100,
        description = {"Performance: engine throughput vs bound and peer, DynamoDB cost vs corpus size, cold starts,",
                "end to end. Writes bench/results/latest.json, latest.md and scale.svg."})
final class BenchCommand implements Callable<Integer> {
    /** The last of --full and --quick wins. */
    boolean full;

    @Option(names = "--full", order = 1, description = "The full run: more sizes, probes and cold starts.")
    void full(boolean on) {
        full = true;
    }

    @Option(names = "--quick", order = 2, description = "The quick run (the default).")
    void quick(boolean on) {
        full = false;
    }

    @Option(names = "--only", order = 3, paramLabel = "STAGES", split = ",", converter = Stage.class,
            description = "Run only these stages, comma-separated: engine, scale, cold, e2e.")
    List<String> only;

    @Option(names = "--keep", order = 4, description = "Carry the figures of stages not run now over from the previous latest.json.")
    boolean keep;

    @Option(names = "--e2e-articles", order = 5, paramLabel = "N", description = "Articles through classify in the e2e stage.")
    Integer e2eArticles;

    @Option(names = "--out", order = 6, paramLabel = "DIR", description = "Where to write the results (default: bench/results).")
    Path out;

    @Option(names = "--corpus", order = 7, paramLabel = "N", description = "Corpus size of the engine stage.")
    Integer corpus;

    @Option(names = "--sizes", order = 8, paramLabel = "N", split = ",", description = "Corpus sizes of the scale stage.")
    List<Integer> sizes;

    @Option(names = "--probes", order = 9, paramLabel = "N", description = "Probe articles per corpus size.")
    Integer probes;

    @Option(names = {"-h", "--help"}, order = 10, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    static CommandLine commandLine() {
        return new CommandLine(new BenchCommand());
    }

    /** The checked flags as {@link PerfBench#run} reads them. */
    List<String> argv() {
        List<String> a = new ArrayList<>();
        if (full) {
            a.add("--full");
        }
        if (only != null) {
            a.add("--only");
            a.add(String.join(",", only));
        }
        if (keep) {
            a.add("--keep");
        }
        add(a, "--e2e-articles", e2eArticles);
        add(a, "--out", out);
        add(a, "--corpus", corpus);
        if (sizes != null) {
            a.add("--sizes");
            a.add(String.join(",", sizes.stream().map(String::valueOf).toList()));
        }
        add(a, "--probes", probes);
        return a;
    }

    private static void add(List<String> a, String flag, Object value) {
        if (value != null) {
            a.add(flag);
            a.add(value.toString());
        }
    }

    @Override
    public Integer call() throws Exception {
        return PerfBench.run(argv().toArray(String[]::new), System.out, System.err);
    }

    /** One of {@link PerfBench#STAGES}. */
    static final class Stage implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!PerfBench.STAGES.contains(value)) {
                throw new CommandLine.TypeConversionException("takes " + String.join(", ", PerfBench.STAGES)
                        + ", not " + value);
            }
            return value;
        }
    }
}
