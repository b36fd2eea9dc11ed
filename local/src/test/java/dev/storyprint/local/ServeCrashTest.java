package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.ArticleIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code storyprint serve --data-dir} in a child JVM survives a kill -9 and a SIGTERM: after the
 * kill, a restart finds every upload left without a verdict and decides it, and takes an upload
 * made while it is still starting (which used to poison the handler class for good: "cannot
 * create handler ... FingerprintFunction"); a SIGTERM lets the queued uploads finish first.
 */
class ServeCrashTest {
    private static final long TIMEOUT_MILLIS = 240_000;
    private static final String BUCKET = Template.LOCAL_STACK_NAME + "-articles-" + Template.LOCAL_ACCOUNT_ID;

    @TempDir
    Path dir;

    @Test
    void killedAndStoppedStacksLoseNoUpload() throws Exception {
        int s3Port = freePort();
        int apiPort = freePort();
        List<Path> samples;
        try (Stream<Path> s = Files.list(TestTemplates.root().resolve("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> ids = new ArrayList<>();

        Process first = serve(s3Port, apiPort);
        S3Client s3 = client(s3Port);
        for (Path f : samples.subList(0, 12)) {
            ids.add(upload(s3, f));
        }
        first.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        long decidedAtKill = ids.stream().filter(this::decidedOnDisk).count();
        assertTrue(decidedAtKill < ids.size(), "all decided before the kill: nothing was left to resume");

        Process second = start(s3Port, apiPort);
        ids.add(uploadWhenUp(s3, samples.get(12))); // while the stack is still starting
        awaitBanner(second);
        awaitDecided(ids);

        List<String> beforeStop = new ArrayList<>();
        for (Path f : samples.subList(13, samples.size())) {
            beforeStop.add(upload(s3, f));
        }
        second.destroy(); // SIGTERM
        assertTrue(second.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS), "serve did not stop on SIGTERM");
        // a JVM ended by SIGTERM exits 143 (128 + 15) once its shutdown hook has stopped the stack
        assertTrue(List.of(0, 143).contains(second.exitValue()), "exit status " + second.exitValue());
        for (String id : beforeStop) {
            assertTrue(decidedOnDisk(id), id + " was queued when SIGTERM came and is not decided");
        }
        try (Stream<Path> records = Files.exists(dir.resolve("failures")) ? Files.list(dir.resolve("failures")) : Stream.empty()) {
            assertEquals(List.of(), records.toList(), "failure records");
        }
    }

    private Process serve(int s3Port, int apiPort) throws Exception {
        Process p = start(s3Port, apiPort);
        awaitBanner(p);
        return p;
    }

    private final Map<Process, CountDownLatch> banners = new java.util.concurrent.ConcurrentHashMap<>();

    private Process start(int s3Port, int apiPort) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-DDDB_LOCAL_TELEMETRY=0", "-Dstoryprint.root.dir=" + TestTemplates.root(),
                "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "serve", "--data-dir", dir.toString(),
                "--s3-port", Integer.toString(s3Port), "--api-port", Integer.toString(apiPort))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CountDownLatch banner = new CountDownLatch(1);
        banners.put(p, banner);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("Ctrl-C stops")) {
                        banner.countDown();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "serve-stdout");
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private void awaitBanner(Process p) throws InterruptedException {
        assertTrue(banners.get(p).await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS), "serve did not start");
    }

    private static String upload(S3Client s3, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String key = "incoming/" + file.getFileName();
        s3.putObject(b -> b.bucket(BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        return ArticleIds.of(key, bytes);
    }

    /** Uploads as soon as the endpoint takes it (the stack is still starting). */
    private static String uploadWhenUp(S3Client s3, Path file) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (true) {
            try {
                return upload(s3, file);
            } catch (S3Exception | software.amazon.awssdk.core.exception.SdkClientException e) {
                assertTrue(System.currentTimeMillis() < deadline, "the endpoint never took the upload: " + e);
                Thread.sleep(20);
            }
        }
    }

    private void awaitDecided(List<String> ids) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        for (String id : ids) {
            while (!decidedOnDisk(id)) {
                assertTrue(System.currentTimeMillis() < deadline, "no verdict for " + id);
                Thread.sleep(100);
            }
        }
    }

    /** The results/ object in the data dir's bucket (s3proxy's filesystem store). */
    private boolean decidedOnDisk(String id) {
        return Files.isRegularFile(dir.resolve("s3").resolve(BUCKET).resolve("results").resolve(id + ".json"));
    }

    private static S3Client client(int port) {
        return S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).forcePathStyle(true)
                .region(Region.of(Template.LOCAL_REGION)).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EmbeddedStack.ACCESS_KEY, EmbeddedStack.SECRET_KEY)))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
