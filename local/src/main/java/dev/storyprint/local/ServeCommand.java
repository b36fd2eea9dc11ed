package dev.storyprint.local;

import dev.storyprint.local.serve.Serve;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code storyprint serve}: the flags of {@link Serve}. */
@Command(name = "serve", sortOptions = false, usageHelpWidth = 100,
        description = {"Keep the local stack up on 127.0.0.1: the S3 endpoint and the HTTP API, until Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--s3-port", paramLabel = "PORT", converter = Port.class,
            description = "The S3 endpoint's port; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int s3Port = Serve.DEFAULT_S3_PORT;

    @Option(names = "--api-port", paramLabel = "PORT", converter = Port.class,
            description = "The HTTP API's port; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int apiPort = Serve.DEFAULT_API_PORT;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Persist the bucket and tables under DIR (flushed on stop).")
    Path dataDir;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    Serve.Options options() {
        return new Serve.Options(s3Port, apiPort, dataDir);
    }

    @Override
    public Integer call() throws Exception {
        return Serve.run(options(), Cli.templatePath(), out, err);
    }

    /** A TCP port, or 0 for any free one. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int p = Integer.parseInt(value);
                if (p >= 0 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("needs a port number (0-65535), got " + value);
        }
    }
}
