package dev.storyprint.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.text.Limits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@code storyprint classify}: drops files into the upload prefix and reports every verdict. */
final class Classify {
    /** Per file: well above a cold pipeline run on a busy 2-core machine; a hang, not a slow run. */
    static final int DEFAULT_TIMEOUT_SECONDS = 120;
    /** How often a waiting upload also looks at the failure list (results wake it at once). */
    private static final long FAILURE_CHECK_MILLIS = 200;
    /** Below this many inputs a progress bar is noise. */
    private static final int PROGRESS_MIN_INPUTS = 10;
    private static final int PROGRESS_WIDTH = 30;

    /** The parsed command line ({@link ClassifyCommand}). */
    record Options(boolean json, int concurrency, Path dataDir, int timeoutSeconds, List<String> paths, Path html) {}

    /** One input file: how the user named it, its S3 key and the id the pipeline derives for it. */
    record Input(String display, Path path, String key, String articleId) {}

    /** What became of one input: its final verdict, or why the pipeline gave none. */
    record Outcome(Input input, JsonNode verdict, String error) {}

    private final Options options;
    private final Path template;
    /** Keys written since start: results appear here the moment they are stored. */
    private final java.util.Set<String> created = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Classify(Options options, Path template) {
        this.options = options;
        this.template = template;
    }

    int run(PrintStream out, PrintStream err) throws Exception {
        List<Path> files = expand(options.paths(), err);
        long started = System.nanoTime();
        int lambdaConcurrency = Math.max(2, options.concurrency());
        try (EmbeddedStack stack = EmbeddedStack.start(
                new EmbeddedStack.Options(template, options.dataDir(), 0, lambdaConcurrency, true))) {
            stack.checkTriggeredHandlers();
            stack.addObjectListener((bucket, key, size, eTag, eventName) -> {
                created.add(key);
                synchronized (created) {
                    created.notifyAll();
                }
            });
            String incoming = stack.environment().get("INCOMING_PREFIX");
            String results = stack.environment().get("RESULTS_PREFIX");
            List<Input> inputs = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String key = incoming + f.getFileName();
                inputs.add(new Input(displayName(f), f, key, articleId(key, f)));
            }
            Progress progress = new Progress(err, inputs.size());
            Logs.step("uploading " + inputs.size() + " file(s)");
            ExecutorService uploads = Executors.newFixedThreadPool(options.concurrency(), r -> {
                Thread t = new Thread(r, "upload");
                t.setDaemon(true);
                return t;
            });
            List<Future<String>> pending = new ArrayList<>();
            for (Input in : inputs) {
                pending.add(uploads.submit(() -> {
                    try {
                        return flow(stack, in, results + in.articleId() + ".json");
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<String> errors = new ArrayList<>();
            for (Future<String> f : pending) {
                try {
                    errors.add(f.get());
                } catch (ExecutionException e) {
                    errors.add(String.valueOf(e.getCause()));
                }
            }
            uploads.shutdownNow();
            progress.finish();
            // Let re-deliveries and relabels still running finish before the final read.
            if (!stack.lambda().awaitIdle(options.timeoutSeconds() * 1000L)) {
                Logs.info("some invocations were still running at the end");
            }
            Logs.step("all results in");

            // Re-read at the end: a later article may have relabelled an earlier one.
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                String error = errors.get(i);
                JsonNode verdict = error == null ? readVerdict(stack, results + in.articleId() + ".json") : null;
                if (verdict == null && error == null) {
                    error = "result disappeared";
                }
                outcomes.add(new Outcome(in, verdict, error));
            }
            print(outcomes, out);
            summary(outcomes, err, (System.nanoTime() - started) / 1_000_000);
            if (options.html() != null) {
                HtmlReport.write(stack, outcomes.stream().map(Outcome::verdict).toList(), options.html(), err);
            }
            return outcomes.stream().allMatch(o -> o.verdict() != null) ? Cli.EXIT_OK : Cli.EXIT_PIPELINE_FAILED;
        }
    }

    /** Uploads one input and waits for its result; null when it came, else what went wrong. */
    private String flow(EmbeddedStack stack, Input in, String resultKey)
            throws InterruptedException {
        String bucket = stack.bucket();
        // streamed from the file: an input over the limit is never held in memory here either
        stack.s3().putObject(b -> b.bucket(bucket).key(in.key()).contentType(contentType(in.path())),
                RequestBody.fromFile(in.path()));
        long deadline = System.currentTimeMillis() + options.timeoutSeconds() * 1000L;
        boolean earlierRun = options.dataDir() != null && exists(stack, resultKey);
        while (true) {
            if (earlierRun || created.contains(resultKey)) {
                return null;
            }
            for (LocalLambda.Failure f : stack.lambda().failures()) {
                // both steps' failure records name the upload
                if (f.key().equals(in.key())) {
                    return f.function() + " failed after " + f.attempts() + " attempts: "
                            + f.error().lines().findFirst().orElse("");
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return "no result at " + resultKey + " within " + options.timeoutSeconds()
                        + " s (raise --timeout, or STORYPRINT_VERBOSE=1 to see the functions' logs)";
            }
            synchronized (created) {
                if (!created.contains(resultKey)) {
                    created.wait(Math.min(left, FAILURE_CHECK_MILLIS));
                }
            }
        }
    }

    private static boolean exists(EmbeddedStack stack, String key) {
        try {
            stack.s3().headObject(b -> b.bucket(stack.bucket()).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static JsonNode readVerdict(EmbeddedStack stack, String key) {
        try {
            return Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(stack.bucket()).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return null;
        }
    }

    private void print(List<Outcome> outcomes, PrintStream out) {
        if (options.json()) {
            for (Outcome o : outcomes) {
                ObjectNode line = Json.MAPPER.createObjectNode();
                line.put("file", o.input().display());
                if (o.verdict() != null) {
                    line.setAll((ObjectNode) o.verdict());
                } else {
                    line.put("articleId", o.input().articleId());
                    line.putNull("label");
                    line.put("error", o.error());
                }
                out.println(Json.write(line));
            }
            return;
        }
        int w = Math.max(4, outcomes.stream().mapToInt(o -> o.input().display().length()).max().orElse(4));
        String fmt = "%-" + w + "s  %-10s  %5s  %-20s  %-20s  %s%n";
        out.printf(fmt, "FILE", "LABEL", "CONF", "STORY", "MATCHED", "DETAIL");
        for (Outcome o : outcomes) {
            JsonNode v = o.verdict();
            if (v == null) {
                out.printf(fmt, o.input().display(), "ERROR", "", "", "", o.error());
                continue;
            }
            out.printf(fmt, o.input().display(), text(v, "label"),
                    v.hasNonNull("confidence") ? String.format(Locale.ROOT, "%.2f", v.get("confidence").asDouble()) : "",
                    text(v, "storyId"), text(v, "matchedArticleId"), detail(v));
        }
    }

    private static String detail(JsonNode v) {
        if (v.hasNonNull("reason")) {
            return v.get("reason").asText();
        }
        StringBuilder s = new StringBuilder();
        JsonNode scores = v.get("scores");
        if (scores != null && scores.isObject()) {
            scores.properties().forEach(e -> s.append(s.length() == 0 ? "" : " ").append(e.getKey()).append('=')
                    .append(e.getValue().isNumber()
                            ? String.format(Locale.ROOT, "%.2f", e.getValue().asDouble()) : e.getValue().asText()));
        }
        return s.toString();
    }

    private static String text(JsonNode v, String field) {
        return v.hasNonNull(field) ? v.get(field).asText() : "-";
    }

    private static void summary(List<Outcome> outcomes, PrintStream err, long millis) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Outcome o : outcomes) {
            counts.merge(o.verdict() == null ? "failed" : text(o.verdict(), "label"), 1, Integer::sum);
        }
        err.printf(Locale.ROOT, "storyprint: %d file(s) in %.1f s: %s%n", outcomes.size(), millis / 1000.0, counts);
    }

    /**
     * Files in argument order; a directory contributes its regular (non-hidden) files sorted by
     * name, except the files a folder of articles keeps about itself ({@link #describesFolder}).
     * A file named explicitly is always classified.
     */
    static List<Path> expand(List<String> paths, PrintStream err) throws IOException, Cli.UsageException {
        List<Path> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                List<Path> skipped = new ArrayList<>();
                try (Stream<Path> s = Files.list(path)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                            .forEach(f -> (describesFolder(f) ? skipped : out).add(f));
                }
                if (!skipped.isEmpty()) {
                    err.println("storyprint: skipped " + skipped.size() + " file(s) describing " + p
                            + " (README, .md, .csv; name them explicitly to classify them): " + skipped);
                }
            } else if (Files.isRegularFile(path)) {
                out.add(path);
            } else {
                throw new Cli.UsageException("no such file or directory: " + p);
            }
        }
        return out;
    }

    /** README files, Markdown notes and CSV label lists (like expected.csv) describe a folder of articles. */
    static boolean describesFolder(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("readme") || name.endsWith(".md") || name.endsWith(".csv");
    }

    private static String displayName(Path p) {
        return p.toString();
    }

    /**
     * The id the fingerprint step gives the upload: from its bytes, or from its size alone when it is
     * over the engine's limit (then it is never read, here or there).
     */
    static String articleId(String key, Path file) throws IOException {
        long size = Files.size(file);
        return size > Limits.MAX_DOCUMENT_BYTES ? ArticleIds.ofOversize(key, size) : ArticleIds.of(key, Files.readAllBytes(file));
    }

    /**
     * The Content-Type {@code aws s3 cp} sends for the file (a guess from its extension, no charset):
     * classify is an S3 upload like any other.
     */
    static String contentType(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        return name.endsWith(".txt") ? "text/plain" : null; // null: the SDK's guess from the name, as the CLI's
    }

    /** A progress bar on stderr, only for long runs when stderr is a terminal (the launcher tells). */
    private static final class Progress {
        private final PrintStream err;
        private final int total;
        private final boolean on;
        private int done;

        Progress(PrintStream err, int total) {
            this.err = err;
            this.total = total;
            this.on = total >= PROGRESS_MIN_INPUTS && Boolean.getBoolean("storyprint.stderr.tty");
        }

        synchronized void step() {
            done++;
            if (on) {
                int filled = done * PROGRESS_WIDTH / total;
                err.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(PROGRESS_WIDTH - filled), done, total);
            }
        }

        synchronized void finish() {
            if (on) {
                err.println();
            }
        }
    }
}
