package dev.storyprint.store.aws;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.storyprint.store.StorageLayout;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local (over HTTP) and s3proxy, started once per test JVM, reached through the same
 * client factory as production ({@link AwsClients}). Each test takes fresh tables and a fresh bucket.
 */
public final class LocalAws {
    /** DynamoDB Local accepts only letters and digits in access keys. */
    static final String ACCESS_KEY = "storyprint";
    static final String SECRET_KEY = "storyprint1";

    private static LocalAws instance;

    private final AtomicInteger names = new AtomicInteger();
    public final DynamoDbClient dynamoDb;
    public final S3Client s3;
    private final String dynamoEndpoint;
    private final String s3Endpoint;

    private LocalAws(DynamoDbClient dynamoDb, S3Client s3, String dynamoEndpoint, String s3Endpoint) {
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
        this.dynamoEndpoint = dynamoEndpoint;
        this.s3Endpoint = s3Endpoint;
    }

    public String dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public String s3Endpoint() {
        return s3Endpoint;
    }

    public static synchronized LocalAws get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start DynamoDB Local / s3proxy", e);
            }
        }
        return instance;
    }

    private static LocalAws start() throws Exception {
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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                s3proxy.stop();
                ddb.stop();
            } catch (Exception ignored) {
                // exiting anyway
            }
        }));
        String dynamoEndpoint = "http://127.0.0.1:" + port;
        String s3Endpoint = "http://127.0.0.1:" + s3proxy.getPort();
        return new LocalAws(AwsClients.dynamoDb(config(dynamoEndpoint)), AwsClients.s3(config(s3Endpoint)),
                dynamoEndpoint, s3Endpoint);
    }

    static Config config(String endpoint) {
        return new Config("unused", "unused", "unused", StorageLayout.DEFAULT, Config.DEFAULT_REGION, URI.create(endpoint));
    }

    /** Fresh tables named {@code <prefix>-articles-N} / {@code -signatures-N}. */
    public Tables tables() {
        int n = names.incrementAndGet();
        Tables t = new Tables("articles-" + n, "signatures-" + n);
        TableDefinitions.createAll(dynamoDb, t.articles(), t.signatures());
        return t;
    }

    public String bucket() {
        String name = "bucket-" + names.incrementAndGet();
        s3.createBucket(b -> b.bucket(name));
        return name;
    }

    public record Tables(String articles, String signatures) {}

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
