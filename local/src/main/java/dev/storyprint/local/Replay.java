package dev.storyprint.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code storyprint replay [--data-dir DIR]}: re-invokes the events whose retries were spent (the
 * failure records {@link LocalLambda} keeps under {@code DIR/failures/}) on a stack over the same
 * data, so a fixed bug or a passing outage can be caught up. A replayed record moves to
 * {@code failures/replayed/}; one that fails again stays (with a fresh record beside it if the
 * follow-up invocation it triggered fails).
 */
final class Replay {
    /** Used when --data-dir is not given (classify and serve keep failure records only with --data-dir). */
    static final Path DEFAULT_DATA_DIR = Path.of(".storyprint");
    /** Follow-up invocations (the match step after a replayed fingerprint step): a hang, not a slow run. */
    private static final long IDLE_TIMEOUT_MILLIS = 300_000;

    private final Path dataDir;
    private final Path template;

    Replay(Path dataDir, Path template) {
        this.dataDir = dataDir;
        this.template = template;
    }

    /** Replays every record; returns the exit status (0 when all succeeded or there was nothing to do). */
    int run(PrintStream out, PrintStream err) throws Exception {
        Path failures = dataDir.resolve("failures");
        List<Path> records = new ArrayList<>();
        if (Files.isDirectory(failures)) {
            try (Stream<Path> s = Files.list(failures)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(records::add);
            }
        }
        if (records.isEmpty()) {
            err.println("storyprint: no failure records under " + failures
                    + " (classify and serve keep them only when given --data-dir)");
            return Cli.EXIT_OK;
        }
        Path replayed = Files.createDirectories(failures.resolve("replayed"));
        int ok = 0;
        int failed = 0;
        try (EmbeddedStack stack = EmbeddedStack.start(new EmbeddedStack.Options(template, dataDir, 0,
                Math.max(2, Runtime.getRuntime().availableProcessors()), true))) {
            stack.checkTriggeredHandlers();
            for (Path record : records) {
                JsonNode r = Json.read(Files.readAllBytes(record));
                String function = r.path("function").asText();
                JsonNode e = r.path("event");
                String bucket = e.path("bucket").asText();
                String key = e.path("key").asText();
                var f = stack.template().function(function);
                if (f.isEmpty() || key.isEmpty()) {
                    err.println("storyprint: " + record.getFileName() + ": unknown function or no key, left in place");
                    failed++;
                    continue;
                }
                try {
                    // An Invoke's record carries its payload; an S3 event's, the object it announced.
                    Object event = e.path("payload").isTextual() ? e.path("payload").asText()
                            : S3Events.objectCreated(bucket, key, size(stack, bucket, key), "",
                                    e.path("eventName").asText("ObjectCreated:Put"));
                    stack.lambda().invoke(f.get(), event);
                    Files.move(record, replayed.resolve(record.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    out.println("replayed " + function + " " + key);
                    ok++;
                } catch (Exception | LinkageError x) {
                    out.println("failed   " + function + " " + key + ": " + x);
                    failed++;
                }
            }
            if (!stack.lambda().awaitIdle(IDLE_TIMEOUT_MILLIS)) {
                err.println("storyprint: follow-up invocations still running after " + IDLE_TIMEOUT_MILLIS + " ms");
                return Cli.EXIT_PIPELINE_FAILED;
            }
            int followUps = stack.lambda().failures().size();
            if (followUps > 0) {
                err.println("storyprint: " + followUps + " follow-up invocation(s) failed; see " + failures);
                failed += followUps;
            }
        }
        err.println("storyprint: replayed " + ok + ", failed " + failed);
        return failed == 0 ? Cli.EXIT_OK : Cli.EXIT_PIPELINE_FAILED;
    }

    private static long size(EmbeddedStack stack, String bucket, String key) {
        try {
            return stack.s3().headObject(b -> b.bucket(bucket).key(key)).contentLength();
        } catch (RuntimeException e) {
            return -1; // the object is gone: the handler reports that itself
        }
    }
}
