package dev.storyprint.store.aws;

import dev.storyprint.store.RetryableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** BatchGetItem on one table with the UnprocessedKeys loop DynamoDB requires. */
final class BatchReads {
    /** DynamoDB's limit on keys per BatchGetItem request. */
    static final int MAX_KEYS_PER_REQUEST = 100;
    /** Rounds of UnprocessedKeys before giving up to the platform's retry. */
    static final int MAX_ROUNDS = 8;
    /** First backoff after a partial answer; doubles each round (throttling needs real pauses). */
    static final long FIRST_BACKOFF_MS = 20;

    private BatchReads() {}

    static List<Map<String, AttributeValue>> getAll(DynamoDbClient db, CapacityMeter meter, String operation,
                                                      String table, KeysAndAttributes request) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, KeysAndAttributes> pending = Map.of(table, request);
        long backoff = FIRST_BACKOFF_MS;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<String, KeysAndAttributes> ask = pending;
            BatchGetItemResponse r = db.batchGetItem(b -> b.requestItems(ask)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            meter.record(operation, r.consumedCapacity());
            out.addAll(r.responses().getOrDefault(table, List.of()));
            if (!r.hasUnprocessedKeys() || r.unprocessedKeys().isEmpty()) {
                return out;
            }
            pending = r.unprocessedKeys();
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryableException("interrupted during BatchGetItem backoff");
            }
            backoff *= 2;
        }
        throw new RetryableException("BatchGetItem on " + table + " left keys unprocessed after " + MAX_ROUNDS + " rounds");
    }
}
