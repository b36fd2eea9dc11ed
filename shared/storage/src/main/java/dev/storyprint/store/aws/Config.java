package dev.storyprint.store.aws;

import dev.storyprint.store.StorageLayout;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * The functions' configuration, read from environment variables with a system-property fallback
 * (so the in-process local stack can set them). Prefixes default to the fixed layout.
 */
public record Config(
        String bucket,
        String articlesTable,
        String signaturesTable,
        StorageLayout layout,
        String region,
        URI endpointOverride,
        String matchFunction) {

    public static final String ARTICLES_BUCKET = "ARTICLES_BUCKET";
    public static final String ARTICLES_TABLE = "ARTICLES_TABLE";
    public static final String SIGNATURES_TABLE = "SIGNATURES_TABLE";
    public static final String INCOMING_PREFIX = "INCOMING_PREFIX";
    public static final String RESULTS_PREFIX = "RESULTS_PREFIX";
    public static final String ENDPOINT_URL = "STORYPRINT_ENDPOINT_URL";
    /** The match function (name or ARN) the fingerprint function invokes; only it needs one. */
    public static final String MATCH_FUNCTION = "MATCH_FUNCTION";
    public static final String AWS_REGION = "AWS_REGION";
    /** Region when none is set (local runs). */
    public static final String DEFAULT_REGION = "us-east-1";

    public Config {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(articlesTable, "articlesTable");
        Objects.requireNonNull(signaturesTable, "signaturesTable");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(region, "region");
    }

    /** A configuration that invokes no function (the match and API functions, tests). */
    public Config(String bucket, String articlesTable, String signaturesTable, StorageLayout layout, String region,
                  URI endpointOverride) {
        this(bucket, articlesTable, signaturesTable, layout, region, endpointOverride, null);
    }

    /** The match function to invoke; IllegalStateException naming the variable when it is not set. */
    public String requireMatchFunction() {
        if (matchFunction == null || matchFunction.isBlank()) {
            throw new IllegalStateException("missing configuration: set environment variable " + MATCH_FUNCTION
                    + " (or system property " + MATCH_FUNCTION + ")");
        }
        return matchFunction;
    }

    public static Config fromEnvironment() {
        return from(name -> {
            String v = System.getenv(name);
            return v != null && !v.isBlank() ? v : System.getProperty(name);
        });
    }

    public static Config from(Function<String, String> lookup) {
        StorageLayout d = StorageLayout.DEFAULT;
        String endpoint = optional(lookup, ENDPOINT_URL, null);
        return new Config(
                required(lookup, ARTICLES_BUCKET),
                required(lookup, ARTICLES_TABLE),
                required(lookup, SIGNATURES_TABLE),
                new StorageLayout(
                        optional(lookup, INCOMING_PREFIX, d.incomingPrefix()),
                        optional(lookup, RESULTS_PREFIX, d.resultsPrefix())),
                optional(lookup, AWS_REGION, DEFAULT_REGION),
                endpoint == null ? null : URI.create(endpoint),
                optional(lookup, MATCH_FUNCTION, null));
    }

    private static String required(Function<String, String> lookup, String name) {
        String v = lookup.apply(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("missing configuration: set environment variable " + name
                    + " (or system property " + name + ")");
        }
        return v;
    }

    private static String optional(Function<String, String> lookup, String name, String fallback) {
        String v = lookup.apply(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
