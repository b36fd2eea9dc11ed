package dev.storyprint.functions.api;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.storyprint.engine.Engine;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.ObjectStore;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.Telemetry;
import dev.storyprint.store.aws.AwsClients;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.Config;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.S3ObjectStore;
import dev.storyprint.store.aws.TableDefinitions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local (over HTTP) and s3proxy, started once per test JVM and reached through the
 * production client factory; each {@link #fresh()} gets its own tables and bucket, so tests do not
 * see each other's articles.
 */
final class LocalBackend {
    /** DynamoDB Local accepts only letters and digits in access keys. */
    static final String ACCESS_KEY = "storyprint";
    static final String SECRET_KEY = "storyprint1";
    static final Engine ENGINE = Engine.standard();

    private static LocalBackend instance;

    private final AtomicInteger names = new AtomicInteger();
    private final URI dynamoEndpoint;
    private final URI s3Endpoint;
    final DynamoDbClient dynamoDb;
    final S3Client s3;

    private LocalBackend(URI dynamoEndpoint, URI s3Endpoint) {
        this.dynamoEndpoint = dynamoEndpoint;
        this.s3Endpoint = s3Endpoint;
        this.dynamoDb = AwsClients.dynamoDb(config("unused", "unused", "unused", dynamoEndpoint));
        this.s3 = AwsClients.s3(config("unused", "unused", "unused", s3Endpoint));
    }

    static synchronized LocalBackend get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start DynamoDB Local / s3proxy", e);
            }
        }
        return instance;
    }

    private static LocalBackend start() throws Exception {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        int port = freePort();
        DynamoDBProxyServer ddb = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        ddb.start();
        S3Proxy s3proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        s3proxy.start();
        while (!"STARTED".equals(s3proxy.getState())) {
            Thread.sleep(10);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                s3proxy.stop();
                ddb.stop();
            } catch (Exception ignored) {
                // the JVM is exiting anyway
            }
        }));
        return new LocalBackend(URI.create("http://127.0.0.1:" + port),
                URI.create("http://127.0.0.1:" + s3proxy.getPort()));
    }

    /** Fresh tables and bucket, and the API wired to them as the handler wires itself in Lambda. */
    Fixture fresh() {
        int n = names.incrementAndGet();
        String articles = "articles-" + n;
        String signatures = "signatures-" + n;
        String bucket = "bucket-" + n;
        TableDefinitions.createAll(dynamoDb, articles, signatures);
        s3.createBucket(b -> b.bucket(bucket));
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(dynamoDb, articles, signatures, meter);
        // The production object store and client settings; s3proxy verifies the signatures.
        ObjectStore objects = new S3ObjectStore(s3, bucket);
        MatchService match = new MatchService(ENGINE, objects, repo, new DynamoSignatureIndex(dynamoDb, signatures, meter),
                StorageLayout.DEFAULT);
        Api api = new Api(ENGINE, match, repo, objects, new Telemetry(Api.FUNCTION, null, Clock.systemUTC()));
        return new Fixture(new ApiHandler(api), repo, objects, bucket);
    }

    record Fixture(ApiHandler handler, DynamoArticleRepository articles, ObjectStore objects, String bucket) {}

    private static Config config(String bucket, String articles, String signatures, URI endpoint) {
        return new Config(bucket, articles, signatures, StorageLayout.DEFAULT, Config.DEFAULT_REGION, endpoint);
    }

    URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    URI s3Endpoint() {
        return s3Endpoint;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
