package dev.storyprint.local;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code ./storyprint} entry point. stdout carries only results: System.out is pointed at stderr
 * for the whole run (DynamoDB Local prints its banner there) and results go to the saved stream.
 */
public final class Cli {
    static final int EXIT_OK = 0;
    static final int EXIT_PIPELINE_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private static final String USAGE = """
            usage: storyprint <command> [options]
              classify [--json] [--concurrency N] [--data-dir DIR] [--timeout SECONDS] [--html FILE] PATH...
                  drop each file into the bucket's upload prefix and print its verdict
                  (--html: also write the stories of these files as one page to open in a browser)
              serve [--s3-port 4566] [--api-port 3000] [--data-dir DIR]
                  keep the local stack up (S3 endpoint + HTTP API)
              replay [--data-dir DIR]
                  re-invoke the events whose retries were spent (DIR/failures/, default .storyprint)
              eval | bench
                  the bench module's evaluation and benchmarks (dispatched by the launcher)
            """;

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
        int status;
        try {
            status = run(args, results, err);
        } catch (UsageException e) {
            err.println("storyprint: " + e.getMessage());
            err.print(USAGE);
            status = EXIT_USAGE;
        } catch (Exception e) {
            err.println("storyprint: " + e);
            if (Logs.verbose()) {
                e.printStackTrace(err);
            }
            status = EXIT_PIPELINE_FAILED;
        }
        results.flush();
        // DynamoDB Local leaves non-daemon threads behind; the run is over.
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            err.print(USAGE);
            return args.length == 0 ? EXIT_USAGE : EXIT_OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "classify":
                return new Classify(Classify.Options.parse(rest), templatePath()).run(out, err);
            case "replay":
                return Replay.parse(rest, templatePath()).run(out, err);
            case "serve":
                return dev.storyprint.local.serve.Serve.run(rest, templatePath(), out, err);
            case "eval":
            case "bench":
                throw new UsageException(args[0] + " runs from the bench module: use ./storyprint " + args[0]);
            default:
                throw new UsageException("unknown command " + args[0]);
        }
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

    /** A command-line mistake: reported with the usage text and exit status 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
