package dev.storyprint.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The Docker-free stack: DynamoDB Local and s3proxy behind one endpoint, with the buckets, tables,
 * environment and S3 triggers that {@code template.yaml} declares. The template is the only source
 * of the wiring: nothing here names a bucket, table, prefix or handler.
 */
public final class EmbeddedStack implements AutoCloseable {
    /** Fake credentials: DynamoDB Local accepts only letters and digits. */
    public static final String ACCESS_KEY = "storyprint";
    public static final String SECRET_KEY = "storyprintlocal";
    /** Every server of the stack listens here only. */
    public static final String LOOPBACK = "127.0.0.1";

    /** How to start the stack. */
    /**
     * @param triggers false to store objects without invoking the S3-triggered functions, and to
     *                 keep the invocations one function sends another ({@link #heldInvocations()})
     *                 instead of running them (tests that invoke handlers themselves)
     */
    public record Options(Path template, Path dataDir, int endpointPort, int concurrency, boolean triggers) {
        public Options {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1");
            }
        }

        /** In-memory stores, any free port, one invocation per CPU. */
        public static Options inMemory(Path template) {
            return new Options(template, null, 0, Math.max(2, Runtime.getRuntime().availableProcessors()), true);
        }

        public Options withoutTriggers() {
            return new Options(template, dataDir, endpointPort, concurrency, false);
        }
    }

    private final Template template;
    private final boolean triggers;
    private final List<NotifyingBlobStore.Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final LocalLambda lambda;
    private final URI endpoint;
    private final EndpointRouter router;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final Map<String, String> environment;
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    private EmbeddedStack(Options options) throws Exception {
        this.template = Template.load(options.template());
        this.triggers = options.triggers();
        try {
            Path failures = options.dataDir() == null ? null : options.dataDir().resolve("failures");
            this.lambda = new LocalLambda(template.functions(), options.concurrency(), failures, true);
            toClose.add(lambda);

            int ddbPort = freePort();
            List<String> args = new ArrayList<>(List.of("-port", Integer.toString(ddbPort), "-disableTelemetry"));
            if (options.dataDir() == null) {
                args.add("-inMemory");
            } else {
                Path db = Files.createDirectories(options.dataDir().resolve("dynamodb"));
                args.addAll(List.of("-dbPath", db.toString()));
            }
            // The two emulators start in parallel: each is mostly class loading, and there are two cores.
            CompletableFuture<DynamoDBProxyServer> ddbStart = CompletableFuture.supplyAsync(() -> {
                try {
                    return quietly(() -> {
                        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                                args.toArray(String[]::new));
                        onLoopback(server);
                        server.start();
                        return server;
                    });
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            toClose.add(() -> {
                DynamoDBProxyServer server = ddbStart.handle((ok, failed) -> ok).join();
                if (server != null) {
                    server.stop();
                }
            });

            BlobStore blobs = options.dataDir() == null ? new TransientNio2BlobStore()
                    : new FilesystemNio2BlobStore(Files.createDirectories(options.dataDir().resolve("s3")).toString());
            S3Proxy s3proxy = S3Proxy.builder()
                    .blobStore(new NotifyingBlobStore(blobs, this::objectCreated))
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.NONE, null, null)
                    .build();
            s3proxy.start();
            toClose.add(s3proxy::stop);
            while (!"STARTED".equals(s3proxy.getState())) {
                Thread.sleep(10);
            }
            Logs.step("s3proxy up");

            this.router = new EndpointRouter(options.endpointPort(),
                    URI.create("http://127.0.0.1:" + ddbPort), URI.create("http://127.0.0.1:" + s3proxy.getPort()),
                    this::invokeAsync);
            toClose.add(router);
            this.endpoint = router.uri();
            ports.put("endpoint", endpoint.getPort());
            ports.put("dynamodb-local", ddbPort);
            ports.put("s3proxy", s3proxy.getPort());

            this.s3 = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true)
                    .region(Region.of(Template.LOCAL_REGION)).credentialsProvider(credentials())
                    .httpClient(UrlConnectionHttpClient.create()).build();
            toClose.add(s3);
            createBuckets(template, s3);
            Logs.step("bucket created");
            try {
                ddbStart.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
            Logs.step("DynamoDB Local up");
            this.dynamo = DynamoDbClient.builder().endpointOverride(endpoint)
                    .region(Region.of(Template.LOCAL_REGION)).credentialsProvider(credentials())
                    .httpClient(UrlConnectionHttpClient.create()).build();
            toClose.add(dynamo);

            createTables(template, dynamo);
            Logs.step("tables created");
            this.environment = exportEnvironment();
            // Only now may a handler be built (its static init reads this environment): events that
            // came in meanwhile waited; with a data dir, work a crash left undone goes first.
            if (triggers && options.dataDir() != null) {
                int recovered = new Recovery(this, options.dataDir().resolve("failures")).run();
                if (recovered > 0) {
                    Logs.info("resuming " + recovered + " upload(s) left without a verdict");
                }
            }
            lambda.start();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /**
     * DynamoDB Local listens on every interface and offers no option against it; its Jetty server
     * is reached by reflection to bind only 127.0.0.1 before it starts, as everything else here.
     */
    private static void onLoopback(DynamoDBProxyServer server) throws ReflectiveOperationException {
        Field jetty = DynamoDBProxyServer.class.getDeclaredField("server");
        jetty.setAccessible(true);
        int bound = 0;
        for (Connector c : ((Server) jetty.get(server)).getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(LOOPBACK);
                bound++;
            }
        }
        if (bound == 0) {
            throw new IllegalStateException("DynamoDB Local has no connector to bind to " + LOOPBACK);
        }
    }

    private void objectCreated(String bucket, String key, long size, String eTag, String eventName) {
        if (triggers) {
            lambda.objectCreated(bucket, key, size, eTag, eventName);
        }
        listeners.forEach(l -> l.objectCreated(bucket, key, size, eTag, eventName));
    }

    /** An asynchronous invocation a function sent while triggers are off: kept, not run. */
    public record HeldInvocation(String function, byte[] payload) {}

    private final List<HeldInvocation> held = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Lambda's Invoke (Event) at the endpoint: run, or with triggers off kept for the test to hand on. */
    private boolean invokeAsync(String function, byte[] payload) {
        if (triggers) {
            return lambda.invokeAsync(function, payload);
        }
        String name = function.substring(function.lastIndexOf(':') + 1);
        if (template.function(name).isEmpty()) {
            return false;
        }
        held.add(new HeldInvocation(name, payload));
        return true;
    }

    /** The invocations functions sent while triggers are off ({@link Options#withoutTriggers()}), oldest first. */
    public List<HeldInvocation> heldInvocations() {
        return List.copyOf(held);
    }

    /** Announces an object as S3 would on its creation: the template's triggers fire for it. */
    void announce(String bucket, String key, long size, String eTag) {
        objectCreated(bucket, key, size, eTag, "ObjectCreated:Put");
    }

    /** Also tells {@code listener} about every object created (e.g. to wait for a result without polling). */
    public void addObjectListener(NotifyingBlobStore.Listener listener) {
        listeners.add(listener);
    }

    public static EmbeddedStack start(Options options) throws Exception {
        return new EmbeddedStack(options);
    }

    /** Creates the template's buckets and tables (idempotent: existing ones are kept). */
    public static void createResources(Template template, S3Client s3, DynamoDbClient dynamo) {
        createBuckets(template, s3);
        createTables(template, dynamo);
    }

    private static void createBuckets(Template template, S3Client s3) {
        for (Template.Bucket b : template.buckets()) {
            try {
                s3.createBucket(r -> r.bucket(b.name()));
            } catch (BucketAlreadyOwnedByYouException e) {
                // persisted from an earlier run (--data-dir)
            } catch (S3Exception e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
            }
        }
    }

    private static void createTables(Template template, DynamoDbClient dynamo) {
        for (Template.Table t : template.tables()) {
            CreateTableRequest.Builder req = CreateTableRequest.builder().tableName(t.name())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(t.attributeTypes().entrySet().stream()
                            .map(e -> AttributeDefinition.builder().attributeName(e.getKey())
                                    .attributeType(e.getValue()).build()).toList())
                    .keySchema(keySchema(t.key()));
            if (!t.indexes().isEmpty()) {
                req.globalSecondaryIndexes(t.indexes().stream().map(i -> GlobalSecondaryIndex.builder()
                        .indexName(i.name()).keySchema(keySchema(i.key()))
                        .projection(Projection.builder().projectionType(ProjectionType.fromValue(i.projection())).build())
                        .build()).toList());
            }
            try {
                dynamo.createTable(req.build());
            } catch (ResourceInUseException e) {
                // persisted from an earlier run (--data-dir)
            }
        }
    }

    private static List<KeySchemaElement> keySchema(Template.Key key) {
        List<KeySchemaElement> out = new ArrayList<>();
        out.add(KeySchemaElement.builder().attributeName(key.partition()).keyType(KeyType.HASH).build());
        if (key.sort() != null) {
            out.add(KeySchemaElement.builder().attributeName(key.sort()).keyType(KeyType.RANGE).build());
        }
        return out;
    }

    /**
     * Sets the functions' environment as system properties (the storage Config falls back to them):
     * one JVM hosts every function, so a variable two functions set differently is an error here.
     */
    private Map<String, String> exportEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (Template.Function f : template.functions()) {
            f.environment().forEach((k, v) -> {
                String earlier = env.putIfAbsent(k, v);
                if (earlier != null && !earlier.equals(v)) {
                    throw new IllegalStateException("functions disagree on " + k + " (" + earlier + " vs " + v
                            + "); the local stack runs them in one JVM");
                }
            });
        }
        env.remove("JAVA_TOOL_OPTIONS");
        env.put("STORYPRINT_ENDPOINT_URL", endpoint.toString());
        env.put("AWS_REGION", Template.LOCAL_REGION);
        env.forEach(System::setProperty);
        System.setProperty("aws.region", Template.LOCAL_REGION);
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        return Map.copyOf(env);
    }

    /** A step that may throw. */
    private interface Step<T> {
        T run() throws Exception;
    }

    /** Runs {@code step} with System.out discarded: DynamoDB Local prints a banner there on start. */
    private static <T> T quietly(Step<T> step) throws Exception {
        if (Logs.verbose()) {
            return step.run();
        }
        PrintStream saved = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return step.run();
        } finally {
            System.setOut(saved);
        }
    }

    /** Fails fast, before any upload, when a function's handler class is not on the classpath. */
    public void checkTriggeredHandlers() {
        for (Template.Function f : template.functions()) {
            try {
                Class.forName(f.handlerClass(), false, EmbeddedStack.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(f.logicalId() + ": handler " + f.handlerClass()
                        + " is not on the classpath (is its module built and a dependency of storyprint-local?)");
            }
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public Template template() {
        return template;
    }

    /** The ports the stack listens on (all on {@link #LOOPBACK}), by server. */
    public Map<String, Integer> ports() {
        return Map.copyOf(ports);
    }

    /** The single S3 + DynamoDB endpoint (what {@code STORYPRINT_ENDPOINT_URL} is set to). */
    /**
     * Nanoseconds that requests through {@link #endpoint()} have spent inside the emulators (DynamoDB
     * Local, s3proxy) since the stack started: the bench subtracts a cold start's share of it to tell
     * the function's own time from the emulators' (a warm AWS service answers in milliseconds).
     */
    public long emulatorNanos() {
        return router.upstreamNanos();
    }

    /**
     * Requests through {@link #endpoint()} so far by operation: DynamoDB's by name
     * ({@code TransactWriteItems}), S3's by method ({@code S3 GET}).
     */
    public Map<String, Long> operationCounts() {
        return router.operationCounts();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The environment every function sees, after local resolution. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The (single) articles bucket the template declares. */
    public String bucket() {
        List<Template.Bucket> buckets = template.buckets();
        if (buckets.size() != 1) {
            throw new IllegalStateException("expected one bucket in the template, found " + buckets.size());
        }
        return buckets.get(0).name();
    }

    public S3Client s3() {
        return s3;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public LocalLambda lambda() {
        return lambda;
    }

    @Override
    public void close() {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                Logs.info("while stopping: " + e);
            }
        }
        toClose.clear();
    }
}
