package dev.storyprint.store.aws;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the SDK clients; handlers call it once per process and keep the clients in static fields.
 * The HTTP client is always set explicitly: only url-connection-client is on the class path, and
 * naming it skips the SDK's class-path scan at cold start. Each service is built in its own nested
 * class so a function that never calls DynamoDB can leave the DynamoDB SDK out of its jar.
 */
public final class AwsClients {
    private AwsClients() {}

    public static S3Client s3(Config config) {
        return S3.create(config);
    }

    public static DynamoDbClient dynamoDb(Config config) {
        return Dynamo.create(config);
    }

    static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().build();
    }

    private static final class S3 {
        static S3Client create(Config config) {
            S3ClientBuilder b = S3Client.builder()
                    .httpClient(httpClient())
                    .region(Region.of(config.region()));
            if (config.endpointOverride() != null) {
                b.endpointOverride(config.endpointOverride()).forcePathStyle(true);
            }
            return b.build();
        }
    }

    private static final class Dynamo {
        static DynamoDbClient create(Config config) {
            DynamoDbClientBuilder b = DynamoDbClient.builder()
                    .httpClient(httpClient())
                    .region(Region.of(config.region()));
            if (config.endpointOverride() != null) {
                b.endpointOverride(config.endpointOverride());
            }
            return b.build();
        }
    }
}
