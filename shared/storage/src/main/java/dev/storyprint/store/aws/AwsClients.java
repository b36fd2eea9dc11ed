package dev.storyprint.store.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients; handlers call it once per process and keep the clients in static fields.
 * The HTTP client is always set explicitly: only url-connection-client is on the class path, and
 * naming it skips the SDK's class-path scan at cold start. Each service is built in its own nested
 * class so a function that never calls DynamoDB can leave the DynamoDB SDK out of its jar.
 */
public final class AwsClients {
    private AwsClients() {}

    /**
     * Attempts per SDK call (standard retry mode: exponential backoff with jitter, throttling and
     * 5xx retried). Eight attempts ride out a 30% error burst (0.3^8 < 1e-4 per call) while a
     * match invocation makes ~100 calls; Lambda's own two retries cover what is left.
     */
    public static final int MAX_ATTEMPTS = 8;

    public static S3Client s3(Config config) {
        return S3.create(config, ClientOverrideConfiguration.builder().build());
    }

    public static DynamoDbClient dynamoDb(Config config) {
        return Dynamo.create(config, ClientOverrideConfiguration.builder().build());
    }

    /** The client the fingerprint function sends its asynchronous invocations with. */
    public static LambdaClient lambda(Config config) {
        return Lambda.create(config, ClientOverrideConfiguration.builder().build());
    }

    /** As {@link #s3(Config)} with extra settings (tests add interceptors); the retry policy stays ours. */
    public static S3Client s3(Config config, ClientOverrideConfiguration extra) {
        return S3.create(config, extra);
    }

    /** As {@link #dynamoDb(Config)} with extra settings (tests add interceptors); the retry policy stays ours. */
    public static DynamoDbClient dynamoDb(Config config, ClientOverrideConfiguration extra) {
        return Dynamo.create(config, extra);
    }

    /**
     * Standard retry mode with {@link #MAX_ATTEMPTS}, on top of {@code extra}, without the retry
     * quota (circuit breaker). The quota is shared by every call of the process and refilled only
     * by successes: during an error burst a match invocation, which writes each of its ~50 keys
     * with its own request, drained it and then failed calls on their first attempt (the 30% fault
     * test gave up on an article). Each call stays bounded by the attempts and their backoff, and a
     * Lambda instance serves one event at a time, so the quota guarded against little here.
     */
    static ClientOverrideConfiguration withRetries(ClientOverrideConfiguration extra) {
        return extra.toBuilder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS)
                        .circuitBreakerEnabled(false).build())
                .build();
    }

    /**
     * The credentials of every client: the part of the SDK's default
     * chain that can answer where these functions run, in the default chain's order. System properties
     * (the in-process local stack), environment variables (Lambda on demand) and the container
     * endpoint (Lambda SnapStart, which sets AWS_CONTAINER_CREDENTIALS_FULL_URI instead of keys).
     * Skipping the profile file, web identity and instance metadata saves ~90 ms of the first call.
     */
    static AwsCredentialsProvider credentials() {
        return Credentials.PROVIDER;
    }

    /** One chain per process, so the first call's resolution is paid once for both clients. */
    private static final class Credentials {
        static final AwsCredentialsProvider PROVIDER = AwsCredentialsProviderChain.builder()
                .reuseLastProviderEnabled(true)
                .credentialsProviders(SystemPropertyCredentialsProvider.create(),
                        EnvironmentVariableCredentialsProvider.create(),
                        ContainerCredentialsProvider.builder().build())
                .build();
    }

    /** Every client's settings: our retries, the given HTTP client and credentials, region, endpoint. */
    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, Config config,
            ClientOverrideConfiguration extra, SdkHttpClient http, AwsCredentialsProvider credentials) {
        builder.overrideConfiguration(withRetries(extra)).httpClient(http).credentialsProvider(credentials)
                .region(Region.of(config.region()));
        if (config.endpointOverride() != null) {
            builder.endpointOverride(config.endpointOverride());
        }
        return builder.build();
    }

    static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().build();
    }

    /** As {@link #s3(Config)} on another HTTP client and credentials (priming's in-process answers). */
    static S3Client s3(Config config, SdkHttpClient http, AwsCredentialsProvider credentials) {
        return S3.create(config, ClientOverrideConfiguration.builder().build(), http, credentials);
    }

    private static final class S3 {
        static S3Client create(Config config, ClientOverrideConfiguration extra) {
            return create(config, extra, httpClient(), credentials());
        }

        static S3Client create(Config config, ClientOverrideConfiguration extra, SdkHttpClient http,
                               AwsCredentialsProvider credentials) {
            // s3proxy and LocalStack serve buckets by path, not by host name
            return build(S3Client.builder().forcePathStyle(config.endpointOverride() != null), config, extra, http,
                    credentials);
        }
    }

    /** As {@link #lambda(Config)} on another HTTP client and credentials (priming's in-process answers). */
    static LambdaClient lambda(Config config, SdkHttpClient http, AwsCredentialsProvider credentials) {
        return Lambda.create(config, ClientOverrideConfiguration.builder().build(), http, credentials);
    }

    private static final class Lambda {
        static LambdaClient create(Config config, ClientOverrideConfiguration extra) {
            return create(config, extra, httpClient(), credentials());
        }

        static LambdaClient create(Config config, ClientOverrideConfiguration extra, SdkHttpClient http,
                                   AwsCredentialsProvider credentials) {
            return build(LambdaClient.builder(), config, extra, http, credentials);
        }
    }

    /** As {@link #dynamoDb(Config)} on another HTTP client and credentials (priming's in-process answers). */
    static DynamoDbClient dynamoDb(Config config, SdkHttpClient http, AwsCredentialsProvider credentials) {
        return Dynamo.create(config, ClientOverrideConfiguration.builder().build(), http, credentials);
    }

    private static final class Dynamo {
        static DynamoDbClient create(Config config, ClientOverrideConfiguration extra) {
            return create(config, extra, httpClient(), credentials());
        }

        static DynamoDbClient create(Config config, ClientOverrideConfiguration extra, SdkHttpClient http,
                                     AwsCredentialsProvider credentials) {
            return build(DynamoDbClient.builder(), config, extra, http, credentials);
        }
    }
}
