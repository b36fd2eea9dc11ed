package dev.storyprint.local.testhandlers;

import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;

/** What the real storage Config does: env var first, then the system property the stack sets. */
final class Env {
    private Env() {}

    static String get(String name) {
        String v = System.getenv(name);
        v = v != null ? v : System.getProperty(name);
        if (v == null) {
            throw new IllegalStateException(name + " is not set");
        }
        return v;
    }

    static LambdaClient lambda() {
        return LambdaClient.builder().endpointOverride(URI.create(get("STORYPRINT_ENDPOINT_URL")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static S3Client s3() {
        return S3Client.builder().endpointOverride(URI.create(get("STORYPRINT_ENDPOINT_URL"))).forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
