package dev.storyprint.store.aws;

import static dev.storyprint.store.SignaturesTableSchema.FIRST_STORY;
import static dev.storyprint.store.SignaturesTableSchema.PARTITION_KEY;
import static dev.storyprint.store.SignaturesTableSchema.REPRESENTATIVE_IDS;
import static dev.storyprint.store.SignaturesTableSchema.STORIES;

import dev.storyprint.store.RetryableException;
import dev.storyprint.store.SignatureIndex;
import dev.storyprint.store.SignaturesTableSchema;
import java.util.ArrayList;
import java.util.Collection;
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
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * {@link SignatureIndex} on the signatures table: one small item per key ({@code reps}: string set
 * of at most {@link SignatureIndex#REPRESENTATIVES} article ids, {@code first}: the first article's
 * story, {@code stories}: further story ids), written with one conditional UpdateItem per key and
 * article. No transactions: every write is an idempotent ADD or a conditional SET, so a redelivery
 * or a lost response repeats it harmlessly, and each costs 1 WCU instead of a transaction's 2.
 *
 * <p>Once a key holds its representatives, a later article's write fails its condition and
 * changes nothing (DynamoDB still bills 1 WCU for it: see {@link #FAILED_CONDITION_WCU}).
 */
public final class DynamoSignatureIndex implements SignatureIndex {
    /** Representative while there is room (or already one: a redelivery); first story if none yet. */
    private static final String ADD_EXPRESSION = "ADD #reps :idset SET #first = if_not_exists(#first, :id)";
    private static final String ADD_CONDITION = "attribute_not_exists(#reps) OR size(#reps) < :cap OR contains(#reps, :id)";
    /** The article's provisional story (its own id) becomes its real story. */
    private static final String REPLACE_EXPRESSION = "SET #first = :story";
    private static final String REPLACE_CONDITION = "#first = :id";
    /** Another story on the key, until it is boilerplate (then nothing more needs counting). */
    private static final String STORY_EXPRESSION = "ADD #st :storyset";
    private static final String STORY_CONDITION = "#first <> :story AND (attribute_not_exists(#st) OR size(#st) < :room)";

    /**
     * What DynamoDB bills for a write whose condition fails: the item's size in 1 KB units, and a key
     * item is under 1 KB. DynamoDB Local returns no consumed capacity with the exception, so the
     * meter is told this figure.
     */
    static final double FAILED_CONDITION_WCU = 1.0;
    /** Per-key attempts when a concurrent transaction holds the item (the SDK does not retry that error). */
    static final int MAX_CONFLICT_ATTEMPTS = 8;
    /**
     * Key writes in flight per process: ~24 independent UpdateItems take about 3 round trips instead
     * of 24, without flooding a small function's CPU or connections.
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

    public DynamoSignatureIndex(DynamoDbClient db, String signaturesTable, CapacityMeter meter) {
        this.db = db;
        this.table = signaturesTable;
        this.meter = meter;
    }

    @Override
    public void add(String articleId, long[] retrievalKeys) {
        Map<String, AttributeValue> values = Map.of(":idset", AttributeValue.fromSs(List.of(articleId)),
                ":id", AttributeValue.fromS(articleId), ":cap", AttributeValue.fromN(Integer.toString(REPRESENTATIVES)));
        Map<String, String> names = Map.of("#reps", REPRESENTATIVE_IDS, "#first", FIRST_STORY);
        LinkedHashSet<String> sigs = distinct(retrievalKeys);
        List<Runnable> writes = new ArrayList<>();
        for (String sig : sigs) {
            writes.add(() -> update("UpdateItem.sig", sig, ADD_EXPRESSION, ADD_CONDITION, names, values));
        }
        // Every write must be done before the caller takes its arrival number: all are awaited.
        runAll(writes, articleId);
    }

    /**
     * An eventually consistent read: half a read unit per item, a fifth of the price of the
     * conditional write it can save (a failed condition still bills 1 WCU).
     */
    @Override
    public Map<Long, Posting> peek(long[] retrievalKeys) {
        return postings(retrievalKeys, false, "BatchGetItem.sigs.peek");
    }

    /** The items of {@code sigs} that exist, in batches. */
    private List<Map<String, AttributeValue>> items(Collection<String> sigs, boolean consistent, String operation) {
        List<String> all = new ArrayList<>(sigs);
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BatchReads.MAX_KEYS_PER_REQUEST) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String sig : all.subList(from, Math.min(all.size(), from + BatchReads.MAX_KEYS_PER_REQUEST))) {
                keys.add(Map.of(PARTITION_KEY, AttributeValue.fromS(sig)));
            }
            KeysAndAttributes.Builder request = KeysAndAttributes.builder().keys(keys).consistentRead(consistent);
            out.addAll(BatchReads.getAll(db, meter, operation, table, request.build()));
        }
        return out;
    }

    @Override
    public void addStory(String articleId, String storyId, long[] retrievalKeys, Map<Long, Posting> seen) {
        Map<String, AttributeValue> replace = Map.of(":story", AttributeValue.fromS(storyId), ":id", AttributeValue.fromS(articleId));
        Map<String, AttributeValue> more = Map.of(":story", AttributeValue.fromS(storyId),
                ":storyset", AttributeValue.fromSs(List.of(storyId)),
                ":room", AttributeValue.fromN(Integer.toString(BOILERPLATE_STORIES - 1)));
        List<Runnable> writes = new ArrayList<>();
        for (long k : retrievalKeys) {
            String sig = SignaturesTableSchema.keyOf(k);
            Posting p = seen.get(k);
            if (p != null && p.stories().contains(articleId)) {
                writes.add(() -> {
                    if (!update("UpdateItem.story", sig, REPLACE_EXPRESSION, REPLACE_CONDITION, Map.of("#first", FIRST_STORY), replace)) {
                        // Not ours after all (an id that is also a story): count the story beside it.
                        update("UpdateItem.story", sig, STORY_EXPRESSION, STORY_CONDITION,
                                Map.of("#first", FIRST_STORY, "#st", STORIES), more);
                    }
                });
            } else {
                writes.add(() -> update("UpdateItem.story", sig, STORY_EXPRESSION, STORY_CONDITION,
                        Map.of("#first", FIRST_STORY, "#st", STORIES), more));
            }
        }
        runAll(writes, articleId);
    }

    /** One conditional UpdateItem; false when its condition failed (which changes nothing). */
    private boolean update(String operation, String sig, String expression, String condition, Map<String, String> names,
                           Map<String, AttributeValue> values) {
        Map<String, AttributeValue> key = Map.of(PARTITION_KEY, AttributeValue.fromS(sig));
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(key)
                .updateExpression(expression).conditionExpression(condition)
                .expressionAttributeNames(names).expressionAttributeValues(values)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        long backoff = FIRST_CONFLICT_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                UpdateItemResponse r = db.updateItem(request);
                meter.record(operation, r.consumedCapacity());
                return true;
            } catch (ConditionalCheckFailedException e) {
                meter.record(operation + ".unchanged", ConsumedCapacity.builder().tableName(table)
                        .capacityUnits(FAILED_CONDITION_WCU).writeCapacityUnits(FAILED_CONDITION_WCU).build());
                return false;
            } catch (software.amazon.awssdk.services.dynamodb.model.TransactionConflictException e) {
                meter.record(operation, (ConsumedCapacity) null);
                if (attempt >= MAX_CONFLICT_ATTEMPTS) {
                    throw e; // the platform's retry takes over
                }
                pause(backoff);
                backoff *= 2;
            }
        }
    }

    /** First pause after a conflict; doubles per attempt. */
    static final long FIRST_CONFLICT_BACKOFF_MS = 10;

    private static void runAll(List<Runnable> writes, String articleId) {
        if (writes.size() == 1) {
            writes.get(0).run();
            return;
        }
        List<Future<?>> running = new ArrayList<>(writes.size());
        for (Runnable w : writes) {
            running.add(WRITERS.submit(w));
        }
        RuntimeException failure = null;
        for (Future<?> w : running) {
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

    @Override
    public Map<Long, Posting> lookup(long[] retrievalKeys) {
        // Strongly consistent: the arrival protocol relies on seeing every entry written before our number.
        return postings(retrievalKeys, true, "BatchGetItem.sigs");
    }

    /** The postings of the keys that exist. */
    private Map<Long, Posting> postings(long[] retrievalKeys, boolean consistent, String operation) {
        Map<String, Long> bySig = new HashMap<>();
        for (long k : retrievalKeys) {
            bySig.put(SignaturesTableSchema.keyOf(k), k);
        }
        Map<Long, Posting> out = new HashMap<>();
        for (Map<String, AttributeValue> item : items(bySig.keySet(), consistent, operation)) {
            AttributeValue reps = item.get(REPRESENTATIVE_IDS);
            AttributeValue first = item.get(FIRST_STORY);
            AttributeValue more = item.get(STORIES);
            Set<String> stories = new LinkedHashSet<>();
            if (first != null && first.s() != null) {
                stories.add(first.s());
            }
            if (more != null && more.hasSs()) {
                stories.addAll(more.ss());
            }
            out.put(bySig.get(item.get(PARTITION_KEY).s()),
                    new Posting(reps == null || !reps.hasSs() ? Set.of() : new LinkedHashSet<>(reps.ss()), stories));
        }
        return out;
    }

    /**
     * The item this index leaves for a key after the given articles (arrival order, each with its
     * decided story) registered it one after another: for bulk loads that must look like the
     * pipeline's work (the scale benchmark, tests).
     */
    public static Map<String, AttributeValue> itemAfter(long retrievalKey, List<String> articleIds, List<String> storyIds) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PARTITION_KEY, AttributeValue.fromS(SignaturesTableSchema.keyOf(retrievalKey)));
        item.put(REPRESENTATIVE_IDS, AttributeValue.fromSs(List.copyOf(
                new LinkedHashSet<>(articleIds.subList(0, Math.min(articleIds.size(), REPRESENTATIVES))))));
        LinkedHashSet<String> stories = new LinkedHashSet<>();
        for (String story : storyIds) {
            if (stories.size() < BOILERPLATE_STORIES) {
                stories.add(story);
            }
        }
        List<String> ordered = List.copyOf(stories);
        item.put(FIRST_STORY, AttributeValue.fromS(ordered.get(0)));
        if (ordered.size() > 1) {
            item.put(STORIES, AttributeValue.fromSs(ordered.subList(1, ordered.size())));
        }
        return item;
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
