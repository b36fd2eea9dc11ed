package dev.storyprint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./storyprint eval}: the flags of {@link Eval}. */
@Command(name = "storyprint eval", sortOptions = false, usageHelpWidth = 100,
        description = {"The labelled benchmark through the shipped match code: the generated corpus, the field set,",
                "LLM rewrites and evasive copies, each beside a tuned shingle baseline (bench/results/eval.md)."})
final class EvalCommand implements Callable<Integer> {
    static final List<String> SPLITS = List.of("test", "dev", "all");

    @Option(names = "--size", paramLabel = "N", description = "Articles in the generated test corpus (default: ${DEFAULT-VALUE}).")
    int size = Eval.DEFAULT_SIZE;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed = Eval.DEFAULT_SEED;

    @Option(names = "--field", paramLabel = "DIR", description = "The field set's texts (default: bench/field/texts).")
    Path field;

    @Option(names = "--split", paramLabel = "test|dev|all", converter = Split.class,
            description = "Which half of the field set and LLM stories is scored (default: ${DEFAULT-VALUE}).")
    String split = "test";

    @Option(names = "--slices-only", description = "Skip the generated corpus; score only the slices.")
    boolean slicesOnly;

    @Option(names = "--fit-calibration", description = "Fit the confidence table instead of scoring (with --write: store it).")
    boolean fitCalibration;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--write", description = "Write bench/results/eval.md (or the calibration table).")
    boolean write;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    static CommandLine commandLine() {
        return commandLine(new EvalCommand());
    }

    static CommandLine commandLine(EvalCommand command) {
        return new CommandLine(command);
    }

    /** The options with the checkout's paths resolved (-Dstoryprint.root.dir, -Dstoryprint.shared.dir). */
    Eval.Options options() {
        Path root = Path.of(System.getProperty("storyprint.root.dir", ".")).toAbsolutePath().normalize();
        String sharedProp = System.getProperty("storyprint.shared.dir");
        Path shared = sharedProp != null ? Path.of(sharedProp) : root.resolve("../shared").normalize();
        return new Eval.Options(size, seed, json, write, root, Files.isDirectory(shared) ? shared : null,
            field != null ? field.toAbsolutePath() : root.resolve("bench/field/texts"), split, !slicesOnly,
            fitCalibration);
    }

    @Override
    public Integer call() throws Exception {
        Eval.run(options());
        return 0;
    }

    /** test, dev or all. */
    static final class Split implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!SPLITS.contains(value)) {
                throw new CommandLine.TypeConversionException("takes test, dev or all, not " + value);
            }
            return value;
        }
    }
}
