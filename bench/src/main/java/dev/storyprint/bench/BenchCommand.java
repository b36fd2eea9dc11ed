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
 * help) and handed to it as {@link PerfBench.Options}.
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

    /** The checked flags as {@link PerfBench#run} takes them. */
    PerfBench.Options options() {
        return new PerfBench.Options(full, only, out, corpus, sizes, probes, keep, e2eArticles);
    }

    @Override
    public Integer call() throws Exception {
        return PerfBench.run(options(), System.out, System.err);
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
