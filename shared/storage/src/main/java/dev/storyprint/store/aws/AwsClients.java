package dev.storyprint.store.aws;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The SDK clients, built once per process (handlers keep them in static fields). The HTTP client is
 * always set explicitly: only url-connection-client is on the class path, and picking it without
 * the SDK's class-path scan saves cold-start time.
 */
public record AwsClients(S3Client s3, DynamoDbClient dynamoDb) implements AutoCloseable {

    public static AwsClients create(Config config) {
        return new AwsClients(s3(config), dynamoDb(config));
    }

    public static S3Client s3(Config config) {
        S3ClientBuilder b = S3Client.builder()
                .httpClient(httpClient())
                .region(Region.of(config.region()));
        if (config.endpointOverride() != null) {
            b.endpointOverride(config.endpointOverride()).forcePathStyle(true);
        }
        return b.build();
    }

    public static DynamoDbClient dynamoDb(Config config) {
        DynamoDbClientBuilder b = DynamoDbClient.builder()
                .httpClient(httpClient())
                .region(Region.of(config.region()));
        if (config.endpointOverride() != null) {
            b.endpointOverride(config.endpointOverride());
        }
        return b.build();
    }

    private static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().build();
    }

    @Override
    public void close() {
        s3.close();
        dynamoDb.close();
    }
}
