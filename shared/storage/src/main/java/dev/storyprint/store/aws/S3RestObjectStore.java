package dev.storyprint.store.aws;

import dev.storyprint.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * {@link ObjectStore} speaking S3's REST API directly (GET/PUT/HEAD object, SigV4-signed with the
 * SDK's own signer and the clients' credentials, sent with url-connection-client). The handler jars use it instead of the SDK's
 * S3Client: the s3 module is 4 MB of model classes for ~100 operations, of which the pipeline uses
 * three, and the jars must stay under 12 MB. Same behaviour as {@link S3ObjectStore} (tested against
 * s3proxy, which verifies signatures).
 */
public final class S3RestObjectStore implements ObjectStore {
    private static final int NOT_FOUND = 404;
    private static final String META_PREFIX = "x-amz-meta-";
    /** Same budget as the SDK clients (AwsClients.MAX_ATTEMPTS): S3 answers 503 SlowDown under load. */
    static final int MAX_ATTEMPTS = AwsClients.MAX_ATTEMPTS;
    /** First backoff; doubled per attempt with full jitter, as the SDK's standard mode does. */
    private static final long BASE_BACKOFF_MILLIS = 50;
    /** Backoff ceiling (the SDK's standard mode caps at 20 s; a Lambda invocation cannot wait that long). */
    private static final long MAX_BACKOFF_MILLIS = 2_000;
    private static final int TOO_MANY_REQUESTS = 429;

    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final String region;
    private final URI base;
    private final boolean pathStyle;
    private final String bucket;

    public S3RestObjectStore(Config config) {
        this(AwsClients.restHttpClient(), AwsClients.credentials(), config);
    }

    public S3RestObjectStore(SdkHttpClient http, AwsCredentialsProvider credentials, Config config) {
        this.http = http;
        this.credentials = credentials;
        this.region = config.region();
        this.bucket = config.bucket();
        this.pathStyle = config.endpointOverride() != null || bucket.indexOf('.') >= 0;
        this.base = config.endpointOverride() != null ? config.endpointOverride() : awsEndpoint(bucket, region);
    }

    /**
     * S3's endpoint as the SDK would pick it: the region's partition DNS suffix (amazonaws.com.cn in
     * China), virtual-hosted, but path-style for a dotted bucket name (its host would fail TLS's
     * one-label wildcard match).
     */
    static URI awsEndpoint(String bucket, String region) {
        String host = "s3." + region + "." + dnsSuffix(region);
        return URI.create("https://" + (bucket.indexOf('.') >= 0 ? host : bucket + "." + host));
    }

    /** Region-name prefixes of the aws partition (its regionRegex in the SDK's partition data). */
    private static final Set<String> AWS_PREFIXES = Set.of("us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx");

    /**
     * The DNS suffix of the region's partition. The SDK's PartitionMetadata knows every region, but
     * its first use costs ~250 ms of CPU on a cold JVM (its loader builds the metadata of all ~300
     * services), paid in every function's init on AWS. Names matching the region patterns of the aws,
     * aws-cn and aws-us-gov partitions ({@code xx-word-N}, {@code cn-word-N}, {@code us-gov-word-N})
     * are answered here; any other name asks the SDK. S3RestObjectStoreTest checks every region the
     * SDK knows against it.
     */
    static String dnsSuffix(String region) {
        String[] parts = region.split("-", -1);
        if (parts.length == 3 && isWord(parts[1]) && isNumber(parts[2])) {
            if (AWS_PREFIXES.contains(parts[0])) {
                return "amazonaws.com";
            }
            if (parts[0].equals("cn")) {
                return "amazonaws.com.cn";
            }
        } else if (parts.length == 4 && parts[0].equals("us") && parts[1].equals("gov") && isWord(parts[2])
                && isNumber(parts[3])) {
            return "amazonaws.com";
        }
        return PartitionMetadata.of(Region.of(region)).dnsSuffix();
    }

    private static boolean isWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    URI endpoint() {
        return base;
    }

    boolean pathStyle() {
        return pathStyle;
    }

    @Override
    public Optional<StoredObject> get(String key) {
        HttpExecuteResponse r = execute(SdkHttpMethod.GET, key, null, null);
        int status = r.httpResponse().statusCode();
        byte[] body = body(r);
        if (status == NOT_FOUND) {
            return Optional.empty();
        }
        check(status, body, "GET", key);
        Map<String, String> meta = new TreeMap<>();
        String contentType = null;
        for (Map.Entry<String, List<String>> h : r.httpResponse().headers().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(META_PREFIX) && !h.getValue().isEmpty()) {
                meta.put(name.substring(META_PREFIX.length()), h.getValue().get(0));
            } else if (name.equals("content-type") && !h.getValue().isEmpty()) {
                contentType = h.getValue().get(0);
            }
        }
        return Optional.of(new StoredObject(body, contentType, meta));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        HttpExecuteResponse r = execute(SdkHttpMethod.PUT, key, bytes, contentType);
        check(r.httpResponse().statusCode(), body(r), "PUT", key);
    }

    @Override
    public boolean exists(String key) {
        HttpExecuteResponse r = execute(SdkHttpMethod.HEAD, key, null, null);
        int status = r.httpResponse().statusCode();
        body(r);
        if (status == NOT_FOUND) {
            return false;
        }
        check(status, new byte[0], "HEAD", key);
        return true;
    }

    /** Sends the request, retrying 5xx, 429 and I/O errors with backoff (all three calls are idempotent). */
    private HttpExecuteResponse execute(SdkHttpMethod method, String key, byte[] payload, String contentType) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= MAX_ATTEMPTS;
            try {
                HttpExecuteResponse r = executeOnce(method, key, payload, contentType);
                int status = r.httpResponse().statusCode();
                if (last || (status / 100 != 5 && status != TOO_MANY_REQUESTS)) {
                    return r;
                }
                body(r); // drain so the connection can be reused
            } catch (UncheckedIOException e) {
                if (last) {
                    throw e;
                }
            }
            backoff(attempt);
        }
    }

    private static void backoff(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF_MILLIS, BASE_BACKOFF_MILLIS << Math.min(attempt - 1, 16));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }

    private HttpExecuteResponse executeOnce(SdkHttpMethod method, String key, byte[] payload, String contentType) {
        String path = (pathStyle ? "/" + bucket : "") + "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder()
                .method(method)
                .protocol(base.getScheme())
                .host(base.getHost())
                .encodedPath(path);
        if (base.getPort() > 0) {
            b.port(base.getPort());
        }
        ContentStreamProvider content = payload == null ? null : ContentStreamProvider.fromByteArrayUnsafe(payload);
        if (payload != null) {
            b.putHeader("Content-Length", Integer.toString(payload.length));
            if (contentType != null) {
                b.putHeader("Content-Type", contentType);
            }
        }
        AwsCredentialsIdentity identity = credentials.resolveCredentials();
        SignedRequest signed = signer.sign(s -> s.identity(identity)
                .request(b.build())
                .payload(content)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                // S3's canonical request: no double encoding, no path normalization, signed payload.
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true));
        try {
            return http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " s3://" + bucket + "/" + key, e);
        }
    }

    private static byte[] body(HttpExecuteResponse r) {
        if (r.responseBody().isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = r.responseBody().get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(int status, byte[] body, String method, String key) {
        if (status / 100 != 2) {
            throw new IllegalStateException(method + " s3://" + bucket + "/" + key + " failed: HTTP " + status + " "
                    + new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8));
        }
    }
}
