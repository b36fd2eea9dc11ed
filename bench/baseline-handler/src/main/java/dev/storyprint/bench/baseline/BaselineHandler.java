package dev.storyprint.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The cold-start baseline: builds the same SDK clients as the functions (S3 and DynamoDB with the
 * URLConnection HTTP client, region and local endpoint override from the environment) and handles
 * the event without calling them. With {@code BASELINE_FIRST_CALL=1} it also reads the triggering
 * object once: the least work any S3-triggered function does.
 */
public final class BaselineHandler implements RequestHandler<S3Event, Void> {
    static final String ENDPOINT_URL = "STORYPRINT_ENDPOINT_URL";
    static final String FIRST_CALL = "BASELINE_FIRST_CALL";
    static final S3Client S3;
    static final DynamoDbClient DYNAMO;

    static {
        Region region = Region.of(env("AWS_REGION", "us-east-1"));
        String endpoint = env(ENDPOINT_URL, null);
        S3ClientBuilder s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.builder().build()).region(region);
        DynamoDbClientBuilder db = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.builder().build())
                .region(region);
        if (endpoint != null) {
            s3.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
            db.endpointOverride(URI.create(endpoint));
        }
        S3 = s3.build();
        DYNAMO = db.build();
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        if ("1".equals(env(FIRST_CALL, null)) && event != null && !event.getRecords().isEmpty()) {
            var s3 = event.getRecords().get(0).getS3();
            S3.getObjectAsBytes(b -> b.bucket(s3.getBucket().getName()).key(s3.getObject().getUrlDecodedKey()));
        }
        return null;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
