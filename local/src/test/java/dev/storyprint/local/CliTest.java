package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.local.serve.Serve;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The launcher's command line: flags of each subcommand, help, and usage errors (nothing is started). */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static <T> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void classifyParsesEveryFlag() {
        Classify.Options o = parse(new ClassifyCommand(System.out, System.err), "--json", "--concurrency", "4",
                "--data-dir", "d", "--timeout", "30", "--html", "r.html", "a.txt", "dir").options();
        assertEquals(new Classify.Options(true, 4, Path.of("d"), 30, List.of("a.txt", "dir"), Path.of("r.html")), o);
    }

    @Test
    void classifyDefaultsAndDoubleDash() {
        Classify.Options o = parse(new ClassifyCommand(System.out, System.err), "--", "--odd-name.txt").options();
        assertEquals(new Classify.Options(false, 1, null, Classify.DEFAULT_TIMEOUT_SECONDS,
                List.of("--odd-name.txt"), null), o);
    }

    @Test
    void serveParsesEveryFlag() {
        assertEquals(new Serve.Options(4567, 0, Path.of("d")), parse(new ServeCommand(System.out, System.err),
                "--s3-port", "4567", "--api-port", "0", "--data-dir", "d").options());
        assertEquals(new Serve.Options(Serve.DEFAULT_S3_PORT, Serve.DEFAULT_API_PORT, null),
                parse(new ServeCommand(System.out, System.err)).options());
    }

    @Test
    void replayParsesDataDir() {
        assertEquals(Path.of("d"), parse(new ReplayCommand(System.out, System.err), "--data-dir", "d").dataDir);
        assertEquals(Replay.DEFAULT_DATA_DIR, parse(new ReplayCommand(System.out, System.err)).dataDir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"classify", "serve", "replay"})
    void helpOfEachSubcommandExitsZeroOnStderr(String command) {
        assertEquals(Cli.EXIT_OK, run(command, "--help"));
        assertTrue(err().contains("Usage: storyprint " + command), err());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "stdout carries only results");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void topLevelHelpExitsZero(String flag) {
        assertEquals(Cli.EXIT_OK, run(flag));
        assertTrue(err().contains("classify") && err().contains("serve") && err().contains("replay"), err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(Cli.EXIT_USAGE, run());
        assertTrue(err().contains("Usage: storyprint"), err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"classify", "serve", "replay"})
    void unknownFlagIsAClearUsageError(String command) {
        assertEquals(Cli.EXIT_USAGE, run(command, "--no-such-flag", "x.txt"));
        assertTrue(err().startsWith("storyprint: Unknown option") && err().contains("'--no-such-flag'"), err());
        assertTrue(err().contains("Usage: storyprint " + command), err());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals(Cli.EXIT_USAGE, run("classify", "--concurrency", "0", "x.txt"));
        assertTrue(err().contains("needs a positive number, got 0"), err());
        assertEquals(Cli.EXIT_USAGE, run("serve", "--s3-port", "70000"));
        assertTrue(err().contains("needs a port number (0-65535), got 70000"), err());
        assertEquals(Cli.EXIT_USAGE, run("classify", "--timeout"));
        assertEquals(Cli.EXIT_USAGE, run("classify"));
        assertTrue(err().contains("PATH"), err());
    }

    @Test
    void unknownCommandAndBenchCommandsAreUsageErrors() {
        assertEquals(Cli.EXIT_USAGE, run("frobnicate"));
        assertTrue(err().contains("frobnicate"), err());
        assertEquals(Cli.EXIT_USAGE, run("eval", "--seed", "7"));
        assertTrue(err().contains("eval runs from the bench module"), err());
    }

    @Test
    void missingFileIsAUsageError() {
        System.setProperty("storyprint.template", Path.of("..", "template.yaml").toString());
        try {
            assertEquals(Cli.EXIT_USAGE, run("classify", "no/such/file.txt"));
            assertTrue(err().contains("no such file or directory: no/such/file.txt"), err());
            assertFalse(err().contains("Exception"), err());
        } finally {
            System.clearProperty("storyprint.template");
        }
        assertNull(System.getProperty("storyprint.template"));
    }
}
