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
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * {@link SignatureIndex} on the signatures table: one item per key with a string set of ids.
 * {@code ADD ids :id} is idempotent; the cap condition keeps every item small, and a full item is
 * flagged saturated instead of growing (no hot, unbounded keys).
 *
 * <p>An article's keys go in one TransactWriteItems (one request instead of ~96; each action costs
 * 2 WCU instead of 1). Keys whose condition fails (at the cap) and transactions that conflict with
 * concurrent writers take the per-key UpdateItem path, which saturates full keys.
 */
public final class DynamoSignatureIndex implements SignatureIndex {
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";

    private static final String ADD_EXPRESSION = "ADD #ids :idset";
    /** Already present counts as success, so a retry at the cap is still a no-op. */
    private static final String ADD_CONDITION = "attribute_not_exists(#sat) AND (attribute_not_exists(#ids) "
            + "OR size(#ids) < :cap OR contains(#ids, :id))";

    /** DynamoDB's limit on actions per TransactWriteItems request. */
    static final int MAX_TRANSACTION_ACTIONS = 100;
    /** Transactions per chunk before the rest goes per key: a second one only after condition failures. */
    static final int MAX_TRANSACTION_ATTEMPTS = 2;
    /** Below this many keys a transaction saves too little over single writes to be worth its 2x WCU. */
    static final int MIN_TRANSACTION_KEYS = 2;
    /** Per-key attempts when a concurrent transaction holds the item (the SDK does not retry that error). */
    static final int MAX_CONFLICT_ATTEMPTS = 8;
    /** First pause after a transaction conflict; doubles per attempt. */
    static final long FIRST_CONFLICT_BACKOFF_MS = 10;
    /**
     * Posting-list writes in flight per process on the per-key path: ~96 independent UpdateItems take
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

    /** Whether this index writes with {@code client}, so another table's write can join its transactions. */
    boolean writesThrough(DynamoDbClient client) {
        return db == client;
    }

    @Override
    public void add(String articleId, long[] retrievalKeys) {
        addWith(articleId, retrievalKeys, null);
    }

    /** What {@link #addWith} did with the extra action. */
    sealed interface WithOutcome permits Written, NotWritten, ConditionFailed {}

    /** The action and every key are written. */
    record Written() implements WithOutcome {}

    /** The keys are written, the action is not (its transaction could not commit): the caller writes it itself. */
    record NotWritten() implements WithOutcome {}

    /** The action's condition failed, on {@code item} (empty when not returned): nothing is written. */
    record ConditionFailed(Map<String, AttributeValue> item) implements WithOutcome {}

    /**
     * Adds the article under its keys and, when {@code extra} is not null, writes that (conditional)
     * action of another table in the same transaction as the first keys: one request for both.
     */
    WithOutcome addWith(String articleId, long[] retrievalKeys, TransactWriteItem extra) {
        List<String> sigs = new ArrayList<>(distinct(retrievalKeys));
        List<String> perKey = new ArrayList<>();
        WithOutcome outcome = extra == null ? new Written() : new NotWritten();
        int chunk = extra == null ? MAX_TRANSACTION_ACTIONS : MAX_TRANSACTION_ACTIONS - 1;
        for (int from = 0; from < sigs.size(); from += chunk, chunk = MAX_TRANSACTION_ACTIONS) {
            TransactWriteItem first = from == 0 ? extra : null;
            Chunk c = addInTransaction(articleId, sigs.subList(from, Math.min(sigs.size(), from + chunk)), first);
            if (c.extraFailed() != null) {
                return c.extraFailed();
            }
            if (first != null && c.extraWritten()) {
                outcome = new Written();
            }
            perKey.addAll(c.perKey());
        }
        addEach(articleId, perKey);
        return outcome;
    }

    /** One chunk's result: keys left for the per-key path, and what became of the extra action. */
    private record Chunk(List<String> perKey, boolean extraWritten, ConditionFailed extraFailed) {}

    /**
     * Adds the article under {@code sigs} (and {@code extra}, if any) in one transaction; returns the
     * keys still to write one by one (condition failures that are not already saturated, or all of
     * them after a conflict). A failed condition of {@code extra} stops at once, nothing written.
     */
    private Chunk addInTransaction(String articleId, List<String> sigs, TransactWriteItem extra) {
        List<String> pending = sigs;
        List<String> perKey = new ArrayList<>();
        int offset = extra == null ? 0 : 1;
        for (int attempt = 0; attempt < MAX_TRANSACTION_ATTEMPTS && pending.size() + offset >= MIN_TRANSACTION_KEYS; attempt++) {
            List<TransactWriteItem> actions = new ArrayList<>(pending.size() + offset);
            if (extra != null) {
                actions.add(extra);
            }
            for (String sig : pending) {
                actions.add(TransactWriteItem.builder().update(addUpdate(articleId, sig)).build());
            }
            try {
                // The SDK reuses one ClientRequestToken across its retries, so an ambiguous failure
                // that it retries is not applied twice (and ADD to a set is idempotent anyway).
                TransactWriteItemsResponse r = db.transactWriteItems(b -> b.transactItems(actions)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
                meter.record("TransactWriteItems.sig", r.consumedCapacity());
                return new Chunk(perKey, extra != null, null);
            } catch (TransactionCanceledException e) {
                meter.record("TransactWriteItems.sig", (ConsumedCapacity) null);
                List<CancellationReason> all = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
                if (extra != null && !all.isEmpty() && CONDITION_FAILED.equals(all.get(0).code())) {
                    CancellationReason own = all.get(0);
                    return new Chunk(List.of(), false, new ConditionFailed(own.hasItem() ? own.item() : Map.of()));
                }
                List<CancellationReason> reasons = all.size() == pending.size() + offset ? all.subList(offset, all.size()) : List.of();
                if (reasons.size() != pending.size() || !onlyConditionFailures(reasons)) {
                    perKey.addAll(pending); // conflict or unknown cause: the per-key path copes with both
                    return new Chunk(perKey, false, null);
                }
                List<String> retry = new ArrayList<>();
                for (int i = 0; i < pending.size(); i++) {
                    CancellationReason reason = reasons.get(i);
                    if (!CONDITION_FAILED.equals(reason.code())) {
                        retry.add(pending.get(i));
                    } else if (!(reason.hasItem() && reason.item().containsKey(SATURATED))) {
                        perKey.add(pending.get(i)); // at the cap: the per-key path saturates it
                    } // else saturated already: nothing to add, nothing to flag
                }
                pending = retry;
            }
        }
        perKey.addAll(pending);
        return new Chunk(perKey, false, null);
    }

    private static boolean onlyConditionFailures(List<CancellationReason> reasons) {
        boolean any = false;
        for (CancellationReason r : reasons) {
            if (CONDITION_FAILED.equals(r.code())) {
                any = true;
            } else if (r.code() != null && !"None".equals(r.code())) {
                return false;
            }
        }
        return any;
    }

    /** The conditional ADD of one id to one key, shared by the transaction and the per-key path. */
    private Update addUpdate(String articleId, String sig) {
        return Update.builder().tableName(table).key(Map.of(PARTITION_KEY, AttributeValue.fromS(sig)))
                .updateExpression(ADD_EXPRESSION)
                .conditionExpression(ADD_CONDITION)
                .expressionAttributeNames(Map.of("#ids", IDS, "#sat", SATURATED))
                .expressionAttributeValues(addValues(articleId))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
    }

    private Map<String, AttributeValue> addValues(String articleId) {
        return Map.of(":idset", AttributeValue.fromSs(List.of(articleId)),
                ":id", AttributeValue.fromS(articleId), ":cap", AttributeValue.fromN(Integer.toString(cap)));
    }

    /** The per-key path: independent conditional UpdateItems, {@link #WRITE_PARALLELISM} in flight. */
    private void addEach(String articleId, List<String> sigs) {
        if (sigs.isEmpty()) {
            return;
        }
        if (sigs.size() == 1) {
            addOne(articleId, sigs.get(0));
            return;
        }
        List<Future<?>> writes = new ArrayList<>();
        for (String sig : sigs) {
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
        long backoff = FIRST_CONFLICT_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                addOnce(articleId, sig);
                return;
            } catch (TransactionConflictException e) {
                meter.record("UpdateItem.sig", (ConsumedCapacity) null);
                if (attempt >= MAX_CONFLICT_ATTEMPTS) {
                    throw e; // the platform's retry takes over
                }
                pause(backoff);
                backoff *= 2;
            }
        }
    }

    private void addOnce(String articleId, String sig) {
        Map<String, AttributeValue> key = Map.of(PARTITION_KEY, AttributeValue.fromS(sig));
        Update add = addUpdate(articleId, sig);
        try {
            UpdateItemResponse r = db.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression(add.updateExpression())
                    .conditionExpression(add.conditionExpression())
                    .expressionAttributeNames(add.expressionAttributeNames())
                    .expressionAttributeValues(add.expressionAttributeValues())
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

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryableException("interrupted while indexing");
        }
    }

    private static LinkedHashSet<String> distinct(long[] keys) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (long k : keys) {
            out.add(SignaturesTableSchema.keyOf(k));
        }
        return out;
    }
}
