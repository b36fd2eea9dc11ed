package dev.storyprint.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyprint classify}: the flags of {@link Classify}. */
@Command(name = "classify", sortOptions = false, usageHelpWidth = 100,
        description = {"Drop each file into the bucket's upload prefix and print its verdict.",
                "A directory contributes its regular files sorted by name (README, .md and .csv skipped).",
                "Exit status: 0 when every input got a verdict, 1 when the pipeline failed, 2 for a usage error."})
final class ClassifyCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--json", description = "One JSON verdict per input on stdout, one per line, in input order.")
    boolean json;

    @Option(names = "--concurrency", paramLabel = "N", converter = PositiveInt.class,
            description = "Uploads in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 1;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Persist the bucket and tables under DIR, so a later run matches against earlier ones.")
    Path dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = PositiveInt.class,
            description = "Give up on one file after SECONDS (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = Classify.DEFAULT_TIMEOUT_SECONDS;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write the stories of these files as one page to open in a browser.")
    Path html;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to classify.")
    List<String> paths;

    ClassifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    Classify.Options options() {
        return new Classify.Options(json, concurrency, dataDir, timeoutSeconds, List.copyOf(paths), html);
    }

    @Override
    public Integer call() throws Exception {
        return new Classify(options(), Cli.templatePath()).run(out, err);
    }
}
