package dev.storyprint.bench.baseline;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The SDK calls of a function's first event, with none of its own code: the cold-start baseline
 * of issue 16. The same clients as the functions build (S3 and DynamoDB on the URLConnection HTTP
 * client, region and local endpoint override from the environment), then one request of each
 * type the measured function made: an S3 GET of the event's object (fingerprint, match), the
 * DynamoDB operation types the bench recorded for that function's run ({@code
 * BASELINE_DYNAMODB_OPS}, on items of their own), and an S3 PUT of what was read.
 */
final class SameIo {
    static final String ENDPOINT_URL = "STORYPRINT_ENDPOINT_URL";
    /** Comma-separated DynamoDB operation names; empty or unset: no DynamoDB client at all. */
    static final String DYNAMODB_OPS = "BASELINE_DYNAMODB_OPS";
    static final String STORY_INDEX = "BASELINE_STORY_INDEX";
    static final S3Client S3;
    static final DynamoDbClient DYNAMO;
    static final List<String> OPS;

    static {
        Region region = Region.of(env("AWS_REGION", "us-east-1"));
        String endpoint = env(ENDPOINT_URL, null);
        S3ClientBuilder s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.builder().build()).region(region);
        if (endpoint != null) {
            s3.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        S3 = s3.build();
        String ops = env(DYNAMODB_OPS, "");
        OPS = ops.isBlank() ? List.of() : List.of(ops.split(","));
        if (OPS.isEmpty()) {
            DYNAMO = null;
        } else {
            DynamoDbClientBuilder db = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.builder().build())
                    .region(region);
            if (endpoint != null) {
                db.endpointOverride(URI.create(endpoint));
            }
            DYNAMO = db.build();
        }
    }

    private SameIo() {}

    /** GET {@code key} (when not null), the recorded DynamoDB operations, PUT what was read. */
    static void run(String bucket, String key, String resultsPrefix) {
        byte[] body = key == null ? new byte[] {'{', '}'}
                : S3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        String id = "baseline-" + UUID.randomUUID();
        for (String op : OPS) {
            dynamo(op.strip(), id);
        }
        S3.putObject(b -> b.bucket(bucket).key(resultsPrefix + id + ".json").contentType("application/json"),
                RequestBody.fromBytes(body));
    }

    /** One request of operation {@code op} on items of the baseline's own ({@code id}). */
    private static void dynamo(String op, String id) {
        String articles = env("ARTICLES_TABLE", null);
        String signatures = env("SIGNATURES_TABLE", null);
        Map<String, AttributeValue> article = Map.of("articleId", AttributeValue.fromS(id));
        Map<String, AttributeValue> signature = Map.of("sig", AttributeValue.fromS(id));
        switch (op) {
            case "GetItem" -> DYNAMO.getItem(b -> b.tableName(articles).key(article).consistentRead(true));
            case "PutItem" -> DYNAMO.putItem(b -> b.tableName(articles).item(article)
                    .conditionExpression("attribute_not_exists(articleId)"));
            case "UpdateItem" -> DYNAMO.updateItem(b -> b.tableName(signatures).key(signature)
                    .updateExpression("ADD #n :one").expressionAttributeNames(Map.of("#n", "n"))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            case "TransactWriteItems" -> {
                List<TransactWriteItem> items = new ArrayList<>();
                items.add(TransactWriteItem.builder().put(Put.builder().tableName(articles).item(article)
                        .conditionExpression("attribute_not_exists(articleId)").build()).build());
                items.add(TransactWriteItem.builder().update(Update.builder().tableName(signatures).key(signature)
                        .updateExpression("ADD ids :id")
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromSs(List.of(id)))).build()).build());
                DYNAMO.transactWriteItems(b -> b.transactItems(items));
            }
            case "BatchGetItem" -> DYNAMO.batchGetItem(b -> b.requestItems(Map.of(signatures,
                    KeysAndAttributes.builder().keys(List.of(signature)).consistentRead(true).build())));
            case "Query" -> DYNAMO.query(b -> b.tableName(articles).indexName(env(STORY_INDEX, null))
                    .keyConditionExpression("storyId = :s").expressionAttributeValues(Map.of(":s", AttributeValue.fromS(id))));
            default -> throw new IllegalArgumentException("no baseline request for DynamoDB operation " + op);
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
