package dev.storyprint.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyprint replay}: the flags of {@link Replay}. */
@Command(name = "replay", sortOptions = false, usageHelpWidth = 100,
        description = "Re-invoke the events whose retries were spent (DIR/failures/).")
final class ReplayCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data dir of the runs that failed (default: ${DEFAULT-VALUE}).")
    Path dataDir = Replay.DEFAULT_DATA_DIR;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    ReplayCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        return new Replay(dataDir, Cli.templatePath()).run(out, err);
    }
}
