package dev.storyprint.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One local endpoint for the services, like LocalStack's edge port: the storage code has a single
 * endpoint override ({@code STORYPRINT_ENDPOINT_URL}) for S3, DynamoDB and Lambda. DynamoDB
 * requests are recognised by their {@code X-Amz-Target: DynamoDB_...} header, Lambda's Invoke by
 * its path (answered here, by queueing the invocation on the local Lambda); everything else goes
 * to S3.
 */
final class EndpointRouter implements AutoCloseable {
    static {
        // Keep the client's Host header so request signatures still verify behind the router.
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        }
        // The JDK server writes headers and body separately: without TCP_NODELAY every small
        // response waits out Nagle + delayed ACK (~40 ms), and a match makes many small requests.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The JDK server's limits are read once per JVM, when the first server starts (this one):
        // the HTTP API on the same JVM answers oversized headers itself (HttpApiServer).
        if (System.getProperty("sun.net.httpserver.maxReqHeaderSize") == null) {
            System.setProperty("sun.net.httpserver.maxReqHeaderSize", Integer.toString(4 * 1024 * 1024));
        }
        if (System.getProperty("sun.net.httpserver.maxReqHeaders") == null) {
            System.setProperty("sun.net.httpserver.maxReqHeaders", "10000");
        }
    }

    /** Headers the JDK client manages itself (or that describe the hop, not the message). */
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "date");
    /** A local call that takes longer than this is a hung emulator, not a slow one. */
    private static final Duration UPSTREAM_TIMEOUT = Duration.ofMinutes(2);

    private final HttpServer server;
    private final HttpClient client;
    private final ExecutorService executor;
    /** Lambda's Invoke: {@code POST /2015-03-31/functions/{FunctionName}/invocations}. */
    private static final java.util.regex.Pattern INVOKE =
            java.util.regex.Pattern.compile("^/2015-03-31/functions/([^/]+)/invocations$");
    /** Lambda's limit for an asynchronous invocation's payload. */
    static final int MAX_ASYNC_PAYLOAD = 1024 * 1024;

    /** Queues an asynchronous invocation; false when there is no such function. */
    interface AsyncInvoker {
        boolean invokeAsync(String function, byte[] payload);
    }

    private final URI dynamo;
    private final URI s3;
    private final AsyncInvoker lambda;

    EndpointRouter(int port, URI dynamo, URI s3, AsyncInvoker lambda) throws IOException {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.lambda = lambda;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "endpoint-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private final Map<String, java.util.concurrent.atomic.LongAdder> byOperation =
            new java.util.concurrent.ConcurrentSkipListMap<>();
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong upstreamNanos = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Forwards one request, streaming both bodies: the router holds a buffer, never an object, so an
     * upload of any size passes through in constant memory (as S3's own front end would).
     */
    private void forward(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        java.util.regex.Matcher invoke = INVOKE.matcher(ex.getRequestURI().getRawPath());
        if ("POST".equals(ex.getRequestMethod()) && invoke.matches()) {
            try (ex) {
                byOperation.computeIfAbsent("Lambda Invoke", k -> new java.util.concurrent.atomic.LongAdder()).increment();
                invoke(ex, java.net.URLDecoder.decode(invoke.group(1), java.nio.charset.StandardCharsets.UTF_8));
            }
            return;
        }
        try (ex) {
            String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
            URI base = target != null && target.startsWith("DynamoDB") ? dynamo : s3;
            byOperation.computeIfAbsent(base == dynamo ? target.substring(target.indexOf('.') + 1)
                    : "S3 " + ex.getRequestMethod(), k -> new java.util.concurrent.atomic.LongAdder()).increment();
            URI in = ex.getRequestURI();
            String pathAndQuery = in.getRawPath() + (in.getRawQuery() == null ? "" : "?" + in.getRawQuery());
            long length = contentLength(ex);
            InputStream requestBody = ex.getRequestBody();
            HttpRequest.BodyPublisher body = length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : length > 0 ? HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> requestBody), length)
                    : HttpRequest.BodyPublishers.ofInputStream(() -> requestBody);
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(UPSTREAM_TIMEOUT)
                    .method(ex.getRequestMethod(), body);
            for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
                if (!HOP_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    h.getValue().forEach(v -> req.header(h.getKey(), v));
                }
            }
            HttpResponse<InputStream> resp;
            long t0 = System.nanoTime();
            try {
                resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(503, -1);
                return;
            } catch (IOException e) {
                ex.sendResponseHeaders(502, -1);
                return;
            }
            resp.headers().map().forEach((k, vs) -> {
                String lk = k.toLowerCase(Locale.ROOT);
                if (!HOP_HEADERS.contains(lk) || lk.equals("content-length") && "HEAD".equals(ex.getRequestMethod())) {
                    vs.forEach(v -> ex.getResponseHeaders().add(k, v));
                }
            });
            try (InputStream out = resp.body()) {
                long announced = resp.headers().firstValueAsLong("content-length").orElse(-1);
                if ("HEAD".equals(ex.getRequestMethod()) || announced == 0 || resp.statusCode() == 204
                        || resp.statusCode() == 304) {
                    ex.sendResponseHeaders(resp.statusCode(), -1);
                } else {
                    ex.sendResponseHeaders(resp.statusCode(), announced > 0 ? announced : 0); // 0: chunked
                    try (OutputStream os = ex.getResponseBody()) {
                        out.transferTo(os);
                    }
                }
            } finally {
                upstreamNanos.addAndGet(System.nanoTime() - t0);
            }
        }
    }

    /** Answers an Invoke as Lambda does: 202 once queued; only asynchronous (Event) invocations are emulated. */
    private void invoke(HttpExchange ex, String function) throws IOException {
        String type = ex.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
        if (!"Event".equals(type)) {
            lambdaError(ex, 400, "InvalidParameterValueException",
                    "the local stack emulates only asynchronous invocations (InvocationType Event), not " + type);
            return;
        }
        byte[] payload = ex.getRequestBody().readNBytes(MAX_ASYNC_PAYLOAD + 1);
        if (payload.length > MAX_ASYNC_PAYLOAD) {
            lambdaError(ex, 413, "RequestTooLargeException", "payload over " + MAX_ASYNC_PAYLOAD + " bytes");
            return;
        }
        if (!lambda.invokeAsync(function, payload)) {
            lambdaError(ex, 404, "ResourceNotFoundException", "Function not found: " + function);
            return;
        }
        ex.sendResponseHeaders(202, -1);
    }

    private static void lambdaError(HttpExchange ex, int status, String type, String message) throws IOException {
        byte[] body = Json.write(Map.of("Type", "User", "message", message)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("x-amzn-ErrorType", type);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    /** The request's declared body length: 0 for none, -1 when it is chunked. */
    private static long contentLength(HttpExchange ex) {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                return Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return "chunked".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Transfer-Encoding")) ? -1 : 0;
    }

    /** Requests routed so far by operation ({@code GetItem}, {@code S3 PUT}, ...). */
    Map<String, Long> operationCounts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        byOperation.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /**
     * Time spent so far waiting on the emulators behind this router (from forwarding a request to
     * having its answer): what a caller waited on the local stack rather than on its own work.
     */
    long upstreamNanos() {
        return upstreamNanos.get();
    }

    @Override
    public void close() {
        Logs.step(requests.get() + " requests routed, " + upstreamNanos.get() / 1_000_000 + " ms in the emulators: " + byOperation);
        server.stop(0);
        executor.shutdownNow();
    }
}
