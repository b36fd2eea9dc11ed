package dev.storyprint.local;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./storyprint} entry point. stdout carries only results: System.out is pointed at stderr
 * for the whole run (DynamoDB Local prints its banner there) and results go to the saved stream.
 * Help and usage errors go to stderr too. Each subcommand is one picocli command class.
 */
@Command(name = "storyprint", sortOptions = false, usageHelpWidth = 100,
        description = "The local, Docker-free storyprint stack: the real handlers on embedded DynamoDB Local and S3.",
        footer = {"", "eval and bench run from the bench module (the launcher dispatches them).",
                "STORYPRINT_VERBOSE=1 shows the functions' logs; STORYPRINT_JAVA_OPTS adds JVM options."})
public final class Cli implements Runnable {
    static final int EXIT_OK = 0;
    static final int EXIT_PIPELINE_FAILED = 1;
    static final int EXIT_USAGE = 2;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Cli() {}

    public static void main(String[] args) {
        PrintStream results = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Handlers print EMF metric lines to stdout (CloudWatch reads them in AWS): noise here.
        if (System.getenv("STORYPRINT_TELEMETRY") == null && System.getProperty("STORYPRINT_TELEMETRY") == null) {
            System.setProperty("STORYPRINT_TELEMETRY", Logs.verbose() ? "stderr" : "off");
        }
        System.setOut(Logs.verbose() ? err
                : new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        Logs.to(err);
        int status = run(args, results, err);
        results.flush();
        // DynamoDB Local leaves non-daemon threads behind; the run is over.
        System.exit(status);
    }

    /** Runs one command line; the exit status is 0 (done), 1 (the pipeline failed) or 2 (usage). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** The command tree: help and errors on {@code err}, results on {@code out}. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Cli())
                .addSubcommand(new ClassifyCommand(out, err))
                .addSubcommand(new ServeCommand(out, err))
                .addSubcommand(new ReplayCommand(out, err))
                .addSubcommand("eval", new BenchModuleCommand("eval"))
                .addSubcommand("bench", new BenchModuleCommand("bench"))
                .addSubcommand("help", new CommandLine.HelpCommand());
        PrintWriter errWriter = new PrintWriter(err, true);
        cli.setOut(errWriter);
        cli.setErr(errWriter);
        cli.setParameterExceptionHandler((e, a) -> usageError(e.getCommandLine(), e.getMessage(), err));
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof UsageException) {
                return usageError(c, e.getMessage(), err);
            }
            err.println("storyprint: " + e);
            if (Logs.verbose()) {
                e.printStackTrace(err);
            }
            return EXIT_PIPELINE_FAILED;
        });
        return cli;
    }

    private static int usageError(CommandLine command, String message, PrintStream err) {
        err.println("storyprint: " + message);
        command.usage(err);
        return EXIT_USAGE;
    }

    /** No subcommand: the usage, and the status of a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** template.yaml of the checkout: -Dstoryprint.template, else under -Dstoryprint.root.dir, else ./ */
    static Path templatePath() throws UsageException {
        String explicit = System.getProperty("storyprint.template");
        Path p = explicit != null ? Path.of(explicit)
                : Path.of(System.getProperty("storyprint.root.dir", ".")).resolve("template.yaml");
        if (!Files.isRegularFile(p)) {
            throw new UsageException("no template at " + p.toAbsolutePath() + " (run from the repository root)");
        }
        return p;
    }

    /** A command-line mistake found while running: reported with the usage text and exit status 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** {@code eval} and {@code bench} live in the bench module; this main only says so. */
    @Command(description = "The bench module's evaluation and benchmarks (dispatched by the launcher).")
    static final class BenchModuleCommand implements java.util.concurrent.Callable<Integer> {
        private final String name;
        @CommandLine.Unmatched
        java.util.List<String> ignored;

        BenchModuleCommand(String name) {
            this.name = name;
        }

        @Override
        public Integer call() throws UsageException {
            throw new UsageException(name + " runs from the bench module: use ./storyprint " + name);
        }
    }
}
