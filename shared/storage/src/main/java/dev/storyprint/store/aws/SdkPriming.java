package dev.storyprint.store.aws;

import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.ArticlesTableSchema;
import dev.storyprint.store.SignatureIndex;
import dev.storyprint.store.SignaturesTableSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs the SDK request path of every DynamoDB operation a verdict takes (GetItem, PutItem,
 * UpdateItem, BatchGetItem, Query) through the real repository and index code,
 * and S3's GET and PUT through the object store, on throwaway clients whose HTTP client answers in-process. Nothing
 * leaves the process and no real credentials are used: request marshalling, endpoint rules, signing,
 * retry and response unmarshalling are loaded and run once, so the first real call does not pay it.
 *
 * <p>Used before a SnapStart snapshot. Not at an on-demand init: there it only moves the same work
 * before the event (measured: +150 ms CPU for the throwaway client; a background thread gained
 * nothing on a busy 2-core machine and Lambda at 1 GB has less than one vCPU).
 */
public final class SdkPriming {
    private static final String ARTICLES = "priming-articles";
    private static final String SIGNATURES = "priming-signatures";
    private static final String ID = "00000000000000000000";
    private static final String TARGET_HEADER = "X-Amz-Target";
    private static final String CAPACITY = "{\"TableName\":\"" + ARTICLES + "\",\"CapacityUnits\":1.0}";
    /** One item with the attributes of both tables, so every reader finds what it parses. */
    private static final String ITEM = "{\"" + ArticlesTableSchema.PARTITION_KEY + "\":{\"S\":\"" + ID + "\"},"
            + "\"" + SignaturesTableSchema.PARTITION_KEY + "\":{\"S\":\"0\"},"
            + "\"" + SignaturesTableSchema.REPRESENTATIVE_IDS + "\":{\"SS\":[\"" + ID + "\"]},"
            + "\"" + SignaturesTableSchema.FIRST_STORY + "\":{\"S\":\"" + ID + "\"},"
            + "\"" + ArticlesTableSchema.OBJECT_KEY + "\":{\"S\":\"incoming/priming.txt\"},"
            + "\"" + ArticlesTableSchema.STATUS + "\":{\"S\":\"" + ArticlesTableSchema.STATUS_PENDING + "\"},"
            + "\"" + ArticlesTableSchema.VERSION + "\":{\"N\":\"0\"},"
            + "\"" + ArticlesTableSchema.ARRIVAL_SEQ + "\":{\"N\":\"1\"},"
            + "\"" + ArticlesTableSchema.FINGERPRINT + "\":{\"B\":\"AAAA\"}}";
    /** Canned bodies by operation (X-Amz-Target suffix); S3 gets an empty 200. */
    private static final Map<String, String> BODIES = Map.of(
            "GetItem", "{\"Item\":" + ITEM + ",\"ConsumedCapacity\":" + CAPACITY + "}",
            "PutItem", "{\"ConsumedCapacity\":" + CAPACITY + "}",
            "UpdateItem", "{\"Attributes\":{\"" + SignaturesTableSchema.COUNTER_VALUE + "\":{\"N\":\"1\"}},"
                    + "\"ConsumedCapacity\":" + CAPACITY + "}",
            "TransactWriteItems", "{\"ConsumedCapacity\":[" + CAPACITY + "]}",
            "BatchGetItem", "{\"Responses\":{\"" + ARTICLES + "\":[" + ITEM + "],\"" + SIGNATURES + "\":[" + ITEM + "]},"
                    + "\"UnprocessedKeys\":{},\"ConsumedCapacity\":[" + CAPACITY + "]}",
            "Query", "{\"Items\":[" + ITEM + "],\"Count\":1,\"ScannedCount\":1,\"ConsumedCapacity\":" + CAPACITY + "}");

    private SdkPriming() {}

    /**
     * Primes on throwaway clients configured like the real ones for {@code config} (region, endpoint
     * override, retry policy). Returns the number of store calls made.
     */
    public static int warm(Config config) {
        StaticCredentialsProvider dummy = StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
        SdkHttpClient http = inProcessClient();
        Config primingConfig = new Config("priming", ARTICLES, SIGNATURES, config.layout(), config.region(),
                config.endpointOverride());
        int calls = 0;
        try (DynamoDbClient db = AwsClients.dynamoDb(primingConfig, http, dummy)) {
            CapacityMeter meter = new CapacityMeter();
            DynamoArticleRepository articles = new DynamoArticleRepository(db, ARTICLES, SIGNATURES, meter);
            DynamoSignatureIndex index = new DynamoSignatureIndex(db, SIGNATURES, meter);
            Optional<ArticleRecord> found = articles.find(ID);
            calls++;
            ArticleRecord record = found.orElseThrow();
            articles.putIfAbsent(record);
            calls++;
            long[] keys = {1L, 2L}; // two: the parallel write path, not only the inline one
            articles.putIfAbsentIndexed(record, index, keys); // a new article's record, then its keys
            calls += 1 + keys.length;
            articles.assignArrivalSeq(ID);
            calls += 2;
            Map<Long, SignatureIndex.Posting> seen = index.lookup(keys);
            calls++;
            index.addStory(ID, ID + "1", keys, seen); // a copy's story on the keys it brought
            calls += keys.length;
            articles.findAll(List.of(ID, ID + "1"));
            calls++;
            articles.story(ID, 1);
            calls++;
        }
        try (S3Client client = AwsClients.s3(primingConfig, http, dummy)) {
            S3ObjectStore s3 = new S3ObjectStore(client, primingConfig.bucket());
            s3.get(primingConfig.layout().incomingPrefix() + ID); // the API's story pages read uploads
            s3.put(primingConfig.layout().resultKey(ID), new byte[] {'{', '}'}, "application/json");
            calls += 2;
        }
        return calls;
    }

    /** Answers each request from {@link #BODIES}; never opens a connection. */
    static SdkHttpClient inProcessClient() {
        return new InProcessHttpClient(request -> {
            String target = request.firstMatchingHeader(TARGET_HEADER).orElse("");
            String body = BODIES.getOrDefault(target.substring(target.indexOf('.') + 1), "");
            return new InProcessHttpClient.Answer(200, target.isEmpty() ? "application/json" : "application/x-amz-json-1.0",
                    body.getBytes(StandardCharsets.UTF_8));
        });
    }
}
