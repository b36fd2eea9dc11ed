package dev.storyprint.local.serve;

import dev.storyprint.local.EmbeddedStack;
import dev.storyprint.local.Logs;
import dev.storyprint.local.Template;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code storyprint serve}: the local stack kept up on 127.0.0.1 - the embedded S3 endpoint (the
 * AWS CLI works against it; an upload under the upload prefix runs the pipeline through the
 * template's triggers) and the template's HTTP API routes. Runs until Ctrl-C or SIGTERM, then
 * closes the HTTP server, DynamoDB Local and s3proxy (flushing a --data-dir).
 */
public final class Serve implements AutoCloseable {
    public static final int DEFAULT_S3_PORT = 4566;
    public static final int DEFAULT_API_PORT = 3000;
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    /** Lambda invocations at once for uploads: one per core, at least two (a pipeline has two steps). */
    static final int MIN_CONCURRENCY = 2;
    /**
     * How long a stop waits for the invocations already queued (a cold article takes seconds on a
     * busy machine). What is left after it is not lost with a data dir: the next start resumes it.
     */
    static final long DRAIN_MILLIS = 60_000;

    /** Parsed command line; port 0 means any free port (tests). */
    public record Options(int s3Port, int apiPort, Path dataDir) {}

    private final EmbeddedStack stack;
    private final HttpApiServer api;
    private final ResultLog results;
    private final List<HttpRoutes.Route> routes;
    private boolean closed;

    private Serve(EmbeddedStack stack, HttpApiServer api, ResultLog results, List<HttpRoutes.Route> routes) {
        this.stack = stack;
        this.api = api;
        this.results = results;
        this.routes = routes;
    }

    /** Starts everything; {@code log} receives one line per processed article. */
    public static Serve start(Options options, Path template, PrintStream log) throws Exception {
        // The functions' own JSON metric lines would repeat what the result log prints.
        System.setProperty("STORYPRINT_TELEMETRY", System.getProperty("STORYPRINT_TELEMETRY", "off"));
        HttpRoutes routes = HttpRoutes.load(template);
        int concurrency = Math.max(MIN_CONCURRENCY, Runtime.getRuntime().availableProcessors());
        EmbeddedStack stack;
        try {
            stack = EmbeddedStack.start(new EmbeddedStack.Options(template, options.dataDir(), options.s3Port(),
                    concurrency, true));
        } catch (BindException e) {
            throw new IllegalStateException("port " + options.s3Port() + " is in use; choose another with --s3-port", e);
        }
        HttpApiServer api = null;
        ResultLog results = null;
        try {
            stack.checkTriggeredHandlers();
            Template t = stack.template();
            api = new HttpApiServer(options.apiPort(), routes, (function, event) ->
                    stack.lambda().invoke(t.function(function).orElseThrow(() ->
                            new IllegalStateException("route target " + function + " is not a function")), event));
            results = new ResultLog(stack.s3(), stack.bucket(), stack.environment().get("RESULTS_PREFIX"), log).start();
            return new Serve(stack, api, results, routes.routes());
        } catch (BindException e) {
            close(results, api, stack);
            throw new IllegalStateException("port " + options.apiPort() + " is in use; choose another with --api-port", e);
        } catch (Exception | Error e) {
            close(results, api, stack);
            throw e;
        }
    }

    public URI s3Endpoint() {
        return stack.endpoint();
    }

    public URI apiEndpoint() {
        return api.uri();
    }

    public String bucket() {
        return stack.bucket();
    }

    public Map<String, String> environment() {
        return stack.environment();
    }

    /** What a user needs to start: where to upload, where verdicts appear, the API routes. */
    public String banner(Path dataDir) {
        Map<String, String> env = stack.environment();
        String s3 = s3Endpoint().toString();
        StringBuilder sb = new StringBuilder();
        sb.append("storyprint serve\n");
        sb.append("  bucket        ").append(bucket()).append('\n');
        sb.append("  upload to     s3://").append(bucket()).append('/').append(env.get("INCOMING_PREFIX")).append('\n');
        sb.append("  results       s3://").append(bucket()).append('/').append(env.get("RESULTS_PREFIX")).append('\n');
        sb.append("  S3 endpoint   ").append(s3).append("   (aws --endpoint-url ").append(s3).append(" s3 ...)\n");
        sb.append("  HTTP API      ").append(apiEndpoint()).append('\n');
        for (HttpRoutes.Route r : routes) {
            sb.append("                ").append(r.routeKey()).append("  -> ").append(r.function()).append('\n');
        }
        sb.append("  story pages   ").append(apiEndpoint()).append("/ui/stories/<storyId>  (a copy beside its source: ")
                .append("/ui/articles/<articleId>)\n");
        sb.append("  data          ").append(dataDir == null ? "in memory (gone on exit; --data-dir DIR keeps it)"
                : dataDir.toAbsolutePath()).append('\n');
        sb.append("  credentials   any (e.g. AWS_ACCESS_KEY_ID=").append(EmbeddedStack.ACCESS_KEY)
                .append(" AWS_SECRET_ACCESS_KEY=").append(EmbeddedStack.SECRET_KEY).append(" AWS_DEFAULT_REGION=")
                .append(Template.LOCAL_REGION).append(")\n");
        sb.append("Ctrl-C stops. One line per processed article follows.");
        return sb.toString();
    }

    /**
     * Stops taking posts, lets the queued invocations finish with the steps they trigger (up to
     * {@link #DRAIN_MILLIS}), then takes no more events and closes the stores (flushing a data
     * dir). What the drain did not reach is stored without a verdict: the next start resumes it.
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            close(api);
            try {
                if (!stack.lambda().awaitIdle(DRAIN_MILLIS)) {
                    Logs.info("stopping with invocations still queued; a restart with the same --data-dir resumes them");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stack.lambda().stopAccepting();
            close(results, stack);
        }
    }

    private static void close(AutoCloseable... parts) {
        for (AutoCloseable p : parts) {
            if (p == null) {
                continue;
            }
            try {
                p.close();
            } catch (Exception e) {
                Logs.info("while stopping: " + e);
            }
        }
    }

    /**
     * The CLI command: starts, prints the banner and article lines on {@code out}, and blocks until
     * the JVM is asked to stop (a shutdown hook closes everything cleanly).
     */
    public static int run(Options options, Path template, PrintStream out, PrintStream err) throws Exception {
        Serve serve;
        try {
            serve = start(options, template, out);
        } catch (IllegalStateException e) {
            err.println("storyprint: " + e.getMessage());
            return EXIT_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("storyprint: stopping ...");
            serve.close();
            err.println("storyprint: stopped");
            stopped.countDown();
        }, "serve-shutdown"));
        out.println(serve.banner(options.dataDir()));
        out.flush();
        stopped.await();
        return EXIT_OK;
    }

    /** For the banner and tests: the routes as {@code METHOD /path -> Function}. */
    List<String> routeLines() {
        List<String> out = new ArrayList<>();
        routes.forEach(r -> out.add(r.routeKey() + " -> " + r.function()));
        return out;
    }
}
