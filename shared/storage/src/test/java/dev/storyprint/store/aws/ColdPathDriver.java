package dev.storyprint.store.aws;

import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.StorageLayout;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Manual check (not a test): what each step of a match function's first event costs a fresh JVM,
 * with the store calls answered in-process (SdkPriming's canned answers), so no emulator or network
 * time is in the figures: the S3 client, the DynamoDB client, the first DynamoDB request and
 * each further operation type. Run it in a new JVM per measurement, with the template's options,
 * against a function jar:
 * <pre>
 * java -XX:TieredStopAtLevel=1 -cp functions/match/target/storyprint-match-lambda.jar:shared/storage/target/test-classes \
 *     dev.storyprint.store.aws.ColdPathDriver [aws|local]
 * </pre>
 * {@code aws} (default) resolves endpoints as on AWS; {@code local} sets an endpoint override as
 * the local stack and the cold-start bench do.
 */
public final class ColdPathDriver {
    private static final String ID = "00000000000000000000";
    private static long last = System.nanoTime();

    private ColdPathDriver() {}

    public static void main(String[] args) {
        boolean local = args.length > 0 && args[0].equals("local");
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("cold", "cold"));
        SdkHttpClient http = SdkPriming.inProcessClient();
        Config config = new Config("cold-path", "priming-articles", "priming-signatures", StorageLayout.DEFAULT,
                "us-east-1", local ? URI.create("http://localhost:4566") : null);
        lap("setup (SDK credentials, config)");
        S3ObjectStore s3 = new S3ObjectStore(AwsClients.s3(config, http, credentials), config.bucket());
        lap("S3 client built");
        s3.get(config.layout().incomingPrefix() + ID);
        lap("S3 first GET");
        DynamoDbClient db = AwsClients.dynamoDb(config, http, credentials);
        lap("DynamoDB client built");
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository articles = new DynamoArticleRepository(db, "priming-articles", "priming-signatures", meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(db, "priming-signatures", meter);
        ArticleRecord record = articles.find(ID).orElseThrow();
        lap("first DynamoDB request (GetItem)");
        long[] keys = {1L, 2L, 3L};
        articles.putIfAbsentIndexed(record, index, keys);
        lap("+ PutItem, UpdateItem per key");
        articles.assignArrivalSeq(ID);
        lap("+ UpdateItem (two requests)");
        index.lookup(keys);
        lap("+ BatchGetItem");
        articles.story(ID, 1);
        lap("+ Query");
        articles.find(ID);
        lap("GetItem again (all loaded)");
    }

    private static void lap(String what) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-36s %7.1f ms%n", what, (now - last) / 1e6);
        last = now;
    }
}
