package dev.storyprint.store.aws;

import static dev.storyprint.store.ArticlesTableSchema.ARRIVAL_SEQ;
import static dev.storyprint.store.ArticlesTableSchema.CONFIDENCE;
import static dev.storyprint.store.ArticlesTableSchema.FINGERPRINT;
import static dev.storyprint.store.ArticlesTableSchema.GSI_BY_STORY;
import static dev.storyprint.store.ArticlesTableSchema.LABEL;
import static dev.storyprint.store.ArticlesTableSchema.MATCHED_ARTICLE_ID;
import static dev.storyprint.store.ArticlesTableSchema.MERGES;
import static dev.storyprint.store.ArticlesTableSchema.OBJECT_KEY;
import static dev.storyprint.store.ArticlesTableSchema.PARTITION_KEY;
import static dev.storyprint.store.ArticlesTableSchema.PUBLISHED_AT;
import static dev.storyprint.store.ArticlesTableSchema.REGISTERED_AT;
import static dev.storyprint.store.ArticlesTableSchema.SOURCE;
import static dev.storyprint.store.ArticlesTableSchema.STATUS;
import static dev.storyprint.store.ArticlesTableSchema.STATUS_FINAL;
import static dev.storyprint.store.ArticlesTableSchema.STATUS_PENDING;
import static dev.storyprint.store.ArticlesTableSchema.STORY_ID;
import static dev.storyprint.store.ArticlesTableSchema.TITLE;
import static dev.storyprint.store.ArticlesTableSchema.URL;
import static dev.storyprint.store.ArticlesTableSchema.VERDICT;
import static dev.storyprint.store.ArticlesTableSchema.VERSION;

import dev.storyprint.engine.Verdict;
import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.ArticleRepository;
import dev.storyprint.store.SignaturesTableSchema;
import dev.storyprint.store.VerdictJson;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** {@link ArticleRepository} on the articles table; the arrival counter lives in the signatures table. */
public final class DynamoArticleRepository implements ArticleRepository {
    private final DynamoDbClient db;
    private final String table;
    private final String counterTable;
    private final CapacityMeter meter;
    private final Clock clock;

    public DynamoArticleRepository(DynamoDbClient db, String articlesTable, String signaturesTable, CapacityMeter meter) {
        this.db = db;
        this.table = articlesTable;
        this.counterTable = signaturesTable;
        this.meter = meter;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Optional<ArticleRecord> find(String articleId) {
        GetItemResponse r = db.getItem(b -> b.tableName(table).key(key(articleId)).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        meter.record("GetItem", r.consumedCapacity());
        return r.hasItem() && !r.item().isEmpty() ? Optional.of(fromItem(r.item())) : Optional.empty();
    }

    @Override
    public ArticleRecord putIfAbsent(ArticleRecord record) {
        try {
            PutItemResponse r = db.putItem(b -> b.tableName(table).item(toItem(record, clock.instant()))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", PARTITION_KEY))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            meter.record("PutItem", r.consumedCapacity());
            return record;
        } catch (ConditionalCheckFailedException e) {
            meter.record("PutItem", (ConsumedCapacity) null);
            // Same id = same key and bytes: the first registration wins, whatever attempt made it.
            if (e.hasItem() && !e.item().isEmpty()) {
                return fromItem(e.item());
            }
            return find(record.articleId()).orElseThrow(() -> e);
        }
    }

    @Override
    public long assignArrivalSeq(String articleId) {
        UpdateItemResponse counter = db.updateItem(b -> b.tableName(counterTable)
                .key(Map.of(SignaturesTableSchema.PARTITION_KEY, s(SignaturesTableSchema.ARRIVAL_COUNTER_KEY)))
                .updateExpression("ADD #v :one")
                .expressionAttributeNames(Map.of("#v", SignaturesTableSchema.COUNTER_VALUE))
                .expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.UPDATED_NEW)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        meter.record("UpdateItem.counter", counter.consumedCapacity());
        long seq = Long.parseLong(counter.attributes().get(SignaturesTableSchema.COUNTER_VALUE).n());
        try {
            UpdateItemResponse r = db.updateItem(b -> b.tableName(table).key(key(articleId))
                    .updateExpression("SET #seq = :seq")
                    .conditionExpression("attribute_exists(#id) AND attribute_not_exists(#seq)")
                    .expressionAttributeNames(Map.of("#id", PARTITION_KEY, "#seq", ARRIVAL_SEQ))
                    .expressionAttributeValues(Map.of(":seq", n(seq)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            meter.record("UpdateItem.seq", r.consumedCapacity());
            return seq;
        } catch (ConditionalCheckFailedException e) {
            meter.record("UpdateItem.seq", (ConsumedCapacity) null);
            Map<String, AttributeValue> old = e.hasItem() && !e.item().isEmpty() ? e.item()
                    : find(articleId).map(DynamoArticleRepository::toItem).orElse(Map.of());
            if (old.containsKey(ARRIVAL_SEQ)) {
                return Long.parseLong(old.get(ARRIVAL_SEQ).n()); // a retry keeps its first number
            }
            throw new IllegalStateException("cannot number unregistered article " + articleId, e);
        }
    }

    @Override
    public List<ArticleRecord> findAll(Collection<String> articleIds) {
        List<ArticleRecord> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : items(articleIds, "BatchGetItem.articles", b -> b.consistentRead(true))) {
            out.add(fromItem(item));
        }
        return out;
    }

    /** Eventually consistent and only the id and status: half a read unit per article. */
    @Override
    public Set<String> decided(Collection<String> articleIds) {
        Set<String> out = new java.util.HashSet<>();
        for (Map<String, AttributeValue> item : items(articleIds, "BatchGetItem.decided", b -> b.consistentRead(false)
                .projectionExpression("#id, #st").expressionAttributeNames(Map.of("#id", PARTITION_KEY, "#st", STATUS)))) {
            AttributeValue status = item.get(STATUS);
            if (status != null && STATUS_FINAL.equals(status.s())) {
                out.add(item.get(PARTITION_KEY).s());
            }
        }
        return out;
    }

    /** The items of those ids that exist, read in batches as {@code request} configures each. */
    private List<Map<String, AttributeValue>> items(Collection<String> articleIds, String operation,
                                                    java.util.function.UnaryOperator<KeysAndAttributes.Builder> request) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(articleIds));
        for (int from = 0; from < ids.size(); from += BatchReads.MAX_KEYS_PER_REQUEST) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String id : ids.subList(from, Math.min(ids.size(), from + BatchReads.MAX_KEYS_PER_REQUEST))) {
                keys.add(key(id));
            }
            out.addAll(BatchReads.getAll(db, meter, operation, table, request.apply(KeysAndAttributes.builder().keys(keys)).build()));
        }
        return out;
    }

    @Override
    public List<ArticleRecord> story(String storyId, int limit) {
        QueryResponse r = db.query(b -> b.tableName(table).indexName(GSI_BY_STORY)
                .keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", STORY_ID))
                .expressionAttributeValues(Map.of(":s", s(storyId)))
                .scanIndexForward(true)
                .limit(limit)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        meter.record("Query.byStory", r.consumedCapacity());
        return r.items().stream().map(DynamoArticleRepository::fromItem).toList();
    }

    @Override
    public List<ArticleRecord> storyAfter(String storyId, long afterSeq, int limit) {
        QueryResponse r = db.query(b -> b.tableName(table).indexName(GSI_BY_STORY)
                .keyConditionExpression("#s = :s AND #seq > :after")
                .expressionAttributeNames(Map.of("#s", STORY_ID, "#seq", ARRIVAL_SEQ))
                .expressionAttributeValues(Map.of(":s", s(storyId), ":after", n(afterSeq)))
                .scanIndexForward(true)
                .limit(limit)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        meter.record("Query.byStoryPage", r.consumedCapacity());
        return r.items().stream().map(DynamoArticleRepository::fromItem).toList();
    }

    @Override
    public void noteMerges(String articleId, Collection<String> merges) {
        if (merges.isEmpty()) {
            return;
        }
        UpdateItemResponse r = db.updateItem(b -> b.tableName(table).key(key(articleId))
                .updateExpression("ADD #m :m")
                .conditionExpression("attribute_exists(#id)")
                .expressionAttributeNames(Map.of("#m", MERGES, "#id", PARTITION_KEY))
                .expressionAttributeValues(Map.of(":m", AttributeValue.fromSs(List.copyOf(merges))))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        meter.record("UpdateItem.merges", r.consumedCapacity());
    }

    @Override
    public Set<String> notedMerges(String articleId) {
        GetItemResponse r = db.getItem(b -> b.tableName(table).key(key(articleId)).consistentRead(true)
                .projectionExpression("#m")
                .expressionAttributeNames(Map.of("#m", MERGES))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        meter.record("GetItem.merges", r.consumedCapacity());
        AttributeValue m = r.hasItem() ? r.item().get(MERGES) : null;
        return m == null || !m.hasSs() ? Set.of() : new LinkedHashSet<>(m.ss());
    }

    @Override
    public boolean saveVerdict(ArticleRecord updated) {
        Verdict v = updated.verdict();
        Map<String, String> names = new HashMap<>(Map.of("#status", STATUS, "#verdict", VERDICT, "#label", LABEL,
                "#conf", CONFIDENCE, "#version", VERSION, "#story", STORY_ID, "#matched", MATCHED_ARTICLE_ID));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":final", s(STATUS_FINAL),
                ":verdict", s(VerdictJson.toJson(v)), ":label", s(v.label().wire()), ":conf", n(v.confidence()),
                ":expected", n(updated.version()), ":next", n(updated.version() + 1)));
        StringBuilder set = new StringBuilder("SET #status = :final, #verdict = :verdict, #label = :label, "
                + "#conf = :conf, #version = :next");
        List<String> remove = new ArrayList<>();
        optional(set, remove, values, "#story", ":story", v.storyId());
        optional(set, remove, values, "#matched", ":matched", v.matchedArticleId());
        String expression = set + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
        try {
            UpdateItemResponse r = db.updateItem(b -> b.tableName(table).key(key(updated.articleId()))
                    .updateExpression(expression)
                    .conditionExpression("#version = :expected")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            meter.record("UpdateItem.verdict", r.consumedCapacity());
            return true;
        } catch (ConditionalCheckFailedException e) {
            meter.record("UpdateItem.verdict", (ConsumedCapacity) null);
            return false;
        }
    }

    private static void optional(StringBuilder set, List<String> remove, Map<String, AttributeValue> values,
                                 String name, String placeholder, String value) {
        if (value == null) {
            remove.add(name);
        } else {
            set.append(", ").append(name).append(" = ").append(placeholder);
            values.put(placeholder, s(value));
        }
    }

    static Map<String, AttributeValue> toItem(ArticleRecord r) {
        return toItem(r, null);
    }

    /** The item as the pipeline stores it; public for the scale bench, which loads decided stories in bulk. */
    public static Map<String, AttributeValue> toItem(ArticleRecord r, Instant registeredAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PARTITION_KEY, s(r.articleId()));
        put(item, OBJECT_KEY, r.objectKey());
        put(item, TITLE, r.title());
        put(item, SOURCE, r.source());
        put(item, URL, r.url());
        put(item, PUBLISHED_AT, r.publishedAt() == null ? null : r.publishedAt().toString());
        put(item, REGISTERED_AT, registeredAt == null ? null : registeredAt.toString());
        if (r.fingerprint() != null) {
            item.put(FINGERPRINT, AttributeValue.fromB(SdkBytes.fromByteArray(r.fingerprint())));
        }
        if (r.arrivalSeq() != null) {
            item.put(ARRIVAL_SEQ, n(r.arrivalSeq()));
        }
        item.put(STATUS, s(r.isFinal() ? STATUS_FINAL : STATUS_PENDING));
        item.put(VERSION, n(r.version()));
        Verdict v = r.verdict();
        if (v != null) {
            item.put(VERDICT, s(VerdictJson.toJson(v)));
            item.put(LABEL, s(v.label().wire()));
            item.put(CONFIDENCE, n(v.confidence()));
            put(item, STORY_ID, v.storyId());
            put(item, MATCHED_ARTICLE_ID, v.matchedArticleId());
        }
        return item;
    }

    static ArticleRecord fromItem(Map<String, AttributeValue> item) {
        AttributeValue verdict = item.get(VERDICT);
        AttributeValue fp = item.get(FINGERPRINT);
        AttributeValue seq = item.get(ARRIVAL_SEQ);
        AttributeValue version = item.get(VERSION);
        String published = str(item, PUBLISHED_AT);
        return ArticleRecord.builder()
                .articleId(str(item, PARTITION_KEY))
                .objectKey(str(item, OBJECT_KEY))
                .title(str(item, TITLE))
                .source(str(item, SOURCE))
                .url(str(item, URL))
                .publishedAt(published == null ? null : Instant.parse(published))
                .fingerprint(fp == null ? null : fp.b().asByteArray())
                .arrivalSeq(seq == null ? null : Long.parseLong(seq.n()))
                .isFinal(STATUS_FINAL.equals(str(item, STATUS)))
                .verdict(verdict == null ? null : VerdictJson.fromJson(verdict.s()))
                .version(version == null ? 0 : Long.parseLong(version.n()))
                .build();
    }

    private static Map<String, AttributeValue> key(String articleId) {
        return Map.of(PARTITION_KEY, s(articleId));
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }

    static AttributeValue n(double v) {
        return AttributeValue.fromN(Double.toString(v));
    }
}
