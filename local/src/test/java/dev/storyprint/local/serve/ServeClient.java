package dev.storyprint.local.serve;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyprint.local.EmbeddedStack;
import dev.storyprint.local.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** What a user of {@code storyprint serve} has: an S3 client on the endpoint and an HTTP client on the API. */
final class ServeClient {
    /** A cold pipeline run on a busy 2-core machine takes seconds; this is a hang, not a slow run. */
    static final long RESULT_TIMEOUT_MILLIS = 120_000;
    private static final long POLL_MILLIS = 100;
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final S3Client s3;
    final URI api;
    final String bucket;

    ServeClient(Serve serve) {
        this.s3 = S3Client.builder().endpointOverride(serve.s3Endpoint()).forcePathStyle(true)
                .region(Region.of(Template.LOCAL_REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EmbeddedStack.ACCESS_KEY, EmbeddedStack.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create()).build();
        this.api = serve.apiEndpoint();
        this.bucket = serve.bucket();
    }

    static Path root() {
        String r = System.getProperty("storyprint.root.dir");
        return (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize();
    }

    static Path template() {
        return root().resolve("template.yaml");
    }

    /** The team's demo articles (samples/), sorted by name. */
    static List<Path> samples() throws IOException {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(root().resolve("samples"))) {
            s.filter(Files::isRegularFile).sorted().forEach(out::add);
        }
        return out;
    }

    /** Polls {@code results/<id>.json} as a user would. */
    JsonNode awaitResult(String articleId) throws Exception {
        long deadline = System.currentTimeMillis() + RESULT_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try {
                byte[] b = s3.getObjectAsBytes(r -> r.bucket(bucket).key("results/" + articleId + ".json")).asByteArray();
                return JSON.readTree(b);
            } catch (NoSuchKeyException e) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        fail("no results/" + articleId + ".json within " + RESULT_TIMEOUT_MILLIS + " ms");
        return null;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(api.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Collects what serve prints (banner and article lines). */
    static final class Captured extends OutputStream {
        private final StringBuffer text = new StringBuffer();
        final PrintStream stream = new PrintStream(this, true, StandardCharsets.UTF_8);

        @Override
        public void write(int b) {
            text.append((char) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            text.append(new String(b, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
