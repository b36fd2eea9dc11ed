package dev.storyprint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.bench.perf.PerfBench;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench module's subcommands: flags, help and usage errors (nothing is run). */
class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void evalParsesEveryFlag() {
        Eval.Options o = Eval.parse(new String[] {"--size", "300", "--seed", "7", "--field", "f", "--split", "dev",
            "--slices-only", "--fit-calibration", "--json", "r.json", "--write"});
        assertEquals(300, o.size());
        assertEquals(7, o.seed());
        assertEquals(Path.of("f").toAbsolutePath(), o.field());
        assertEquals("dev", o.split());
        assertFalse(o.generated());
        assertTrue(o.fitCalibration());
        assertEquals(Path.of("r.json"), o.json());
        assertTrue(o.write());
    }

    @Test
    void evalDefaults() {
        Eval.Options o = Eval.parse(new String[0]);
        assertEquals(Eval.DEFAULT_SIZE, o.size());
        assertEquals(Eval.DEFAULT_SEED, o.seed());
        assertEquals("test", o.split());
        assertTrue(o.generated());
        assertFalse(o.fitCalibration() || o.write());
        assertEquals(o.root().resolve("bench/field/texts"), o.field());
    }

    @Test
    void evalHelpExitsZero() {
        assertEquals(0, execute(EvalCommand.commandLine(), "--help"));
        assertTrue(out.toString().contains("Usage: storyprint eval"), out.toString());
        assertTrue(out.toString().contains("--slices-only"), out.toString());
    }

    @Test
    void evalRejectsUnknownFlagsAndSplits() {
        assertEquals(2, execute(EvalCommand.commandLine(), "--no-such-flag"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-flag'"), err.toString());
        assertEquals(2, execute(EvalCommand.commandLine(), "--split", "train"));
        assertTrue(err.toString().contains("takes test, dev or all, not train"), err.toString());
        assertEquals(2, execute(EvalCommand.commandLine(), "--size", "many"));
    }

    private static BenchCommand bench(String... args) {
        BenchCommand c = new BenchCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void benchParsesEveryFlagIntoTheRunsOptions() {
        assertEquals(new PerfBench.Options(true, List.of("engine", "cold"), Path.of("o"), 300, List.of(1000, 5000), 20, true, 50),
            bench("--only", "engine,cold", "--full", "--keep", "--e2e-articles", "50", "--out", "o", "--corpus", "300",
                "--sizes", "1000,5000", "--probes", "20").options());
        assertEquals(new PerfBench.Options(false, null, null, null, null, null, false, null), bench().options());
        assertFalse(bench("--full", "--quick").options().full(), "the last of --full and --quick wins");
        assertTrue(bench("--quick", "--full").options().full());
    }

    @Test
    void benchHelpExitsZero() {
        assertEquals(0, execute(BenchCommand.commandLine(), "--help"));
        assertTrue(out.toString().contains("Usage: storyprint bench"), out.toString());
        assertTrue(out.toString().contains("--e2e-articles"), out.toString());
    }

    @Test
    void benchRejectsUnknownFlagsAndStages() {
        assertEquals(2, execute(BenchCommand.commandLine(), "--fast"));
        assertTrue(err.toString().contains("Unknown option: '--fast'"), err.toString());
        assertEquals(2, execute(BenchCommand.commandLine(), "--only", "engine,warp"));
        assertTrue(err.toString().contains("not warp"), err.toString());
        assertNotEquals(0, execute(BenchCommand.commandLine(), "--probes"));
    }
}
