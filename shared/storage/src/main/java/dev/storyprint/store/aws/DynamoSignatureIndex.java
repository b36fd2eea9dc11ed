package dev.storyprint.store.aws;

import static dev.storyprint.store.SignaturesTableSchema.IDS;
import static dev.storyprint.store.SignaturesTableSchema.PARTITION_KEY;
import static dev.storyprint.store.SignaturesTableSchema.POSTING_CAP;
import static dev.storyprint.store.SignaturesTableSchema.SATURATED;

import dev.storyprint.store.RetryableException;
import dev.storyprint.store.SignatureIndex;
import dev.storyprint.store.SignaturesTableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * {@link SignatureIndex} on the signatures table: one item per key with a string set of ids.
 * {@code ADD ids :id} is idempotent; the cap condition keeps every item small, and a full item is
 * flagged saturated instead of growing (no hot, unbounded keys).
 */
public final class DynamoSignatureIndex implements SignatureIndex {
    /**
     * Posting-list writes in flight per process: the ~96 independent UpdateItems of one article take
     * about 12 round trips instead of 96, without flooding a small function's CPU or connections.
     */
    static final int WRITE_PARALLELISM = 8;
    private static final ExecutorService WRITERS = Executors.newFixedThreadPool(WRITE_PARALLELISM, r -> {
        Thread t = new Thread(r, "signature-writer");
        t.setDaemon(true); // never keeps a CLI or test JVM alive
        return t;
    });

    private final DynamoDbClient db;
    private final String table;
    private final CapacityMeter meter;
    private final int cap;

    public DynamoSignatureIndex(DynamoDbClient db, String signaturesTable, CapacityMeter meter) {
        this(db, signaturesTable, meter, POSTING_CAP);
    }

    /** {@code cap} other than {@link SignaturesTableSchema#POSTING_CAP} is for tests of saturation. */
    public DynamoSignatureIndex(DynamoDbClient db, String signaturesTable, CapacityMeter meter, int cap) {
        this.db = db;
        this.table = signaturesTable;
        this.meter = meter;
        this.cap = cap;
    }

    @Override
    public void add(String articleId, long[] retrievalKeys) {
        List<Future<?>> writes = new ArrayList<>();
        for (String sig : distinct(retrievalKeys)) {
            writes.add(WRITERS.submit(() -> addOne(articleId, sig)));
        }
        // Every write must be done before the caller takes its arrival number: wait for all of them.
        RuntimeException failure = null;
        for (Future<?> w : writes) {
            try {
                w.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryableException("interrupted while indexing " + articleId);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void addOne(String articleId, String sig) {
        Map<String, AttributeValue> key = Map.of(PARTITION_KEY, AttributeValue.fromS(sig));
        try {
            UpdateItemResponse r = db.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("ADD #ids :idset")
                    // Already present counts as success, so a retry at the cap is still a no-op.
                    .conditionExpression("attribute_not_exists(#sat) AND (attribute_not_exists(#ids) "
                            + "OR size(#ids) < :cap OR contains(#ids, :id))")
                    .expressionAttributeNames(Map.of("#ids", IDS, "#sat", SATURATED))
                    .expressionAttributeValues(Map.of(":idset", AttributeValue.fromSs(List.of(articleId)),
                            ":id", AttributeValue.fromS(articleId), ":cap", AttributeValue.fromN(Integer.toString(cap))))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            meter.record("UpdateItem.sig", r.consumedCapacity());
        } catch (ConditionalCheckFailedException e) {
            meter.record("UpdateItem.sig", (ConsumedCapacity) null);
            boolean already = e.hasItem() && e.item().containsKey(SATURATED);
            if (!already) {
                UpdateItemResponse r = db.updateItem(b -> b.tableName(table).key(key)
                        .updateExpression("SET #sat = :t")
                        .expressionAttributeNames(Map.of("#sat", SATURATED))
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true)))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
                meter.record("UpdateItem.saturate", r.consumedCapacity());
            }
        }
    }

    @Override
    public Map<Long, Posting> lookup(long[] retrievalKeys) {
        Map<String, Long> bySig = new HashMap<>();
        for (long k : retrievalKeys) {
            bySig.put(SignaturesTableSchema.keyOf(k), k);
        }
        List<String> sigs = new ArrayList<>(bySig.keySet());
        Map<Long, Posting> out = new HashMap<>();
        for (int from = 0; from < sigs.size(); from += BatchReads.MAX_KEYS_PER_REQUEST) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String sig : sigs.subList(from, Math.min(sigs.size(), from + BatchReads.MAX_KEYS_PER_REQUEST))) {
                keys.add(Map.of(PARTITION_KEY, AttributeValue.fromS(sig)));
            }
            // Strongly consistent: the arrival protocol relies on seeing every entry written before our number.
            KeysAndAttributes request = KeysAndAttributes.builder().keys(keys).consistentRead(true).build();
            for (Map<String, AttributeValue> item : BatchReads.getAll(db, meter, "BatchGetItem.sigs", table, request)) {
                AttributeValue ids = item.get(IDS);
                AttributeValue sat = item.get(SATURATED);
                out.put(bySig.get(item.get(PARTITION_KEY).s()), new Posting(
                        ids == null ? Set.of()
                                : new LinkedHashSet<>(ids.ss()),
                        sat != null && Boolean.TRUE.equals(sat.bool())));
            }
        }
        return out;
    }

    private static LinkedHashSet<String> distinct(long[] keys) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (long k : keys) {
            out.add(SignaturesTableSchema.keyOf(k));
        }
        return out;
    }
}
