package dev.storyprint.store;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.LocalAws;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Requests and capacity units per processed article against a store already holding N stories.
 * The store is bulk-loaded (records + posting lists, as the pipeline would have left them), then
 * fresh articles (originals, verbatim copies, trimmed copies) go through {@link MatchService} and
 * the {@link CapacityMeter} delta of each is recorded.
 *
 * <p>Run: {@code java -cp <test classpath> dev.storyprint.store.ScaleRun 1000 30}
 */
public final class ScaleRun {
    /** BatchWriteItem's limit. */
    private static final int WRITE_BATCH = 25;

    public record Result(int stories, int articles, CapacityMeter.Usage perArticle, Map<String, CapacityMeter.Usage> byOperation,
                         long maxRequests) {}

    public static void main(String[] args) {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Result r = run(LocalAws.get(), stories, articles);
        System.out.println(format(r));
        System.exit(0); // DynamoDB Local leaves non-daemon threads
    }

    public static String format(Result r) {
        StringBuilder sb = new StringBuilder(String.format(
                "stored stories=%d processed=%d per article: %.1f requests (max %d), %.1f RCU, %.1f WCU%n",
                r.stories(), r.articles(), (double) r.perArticle().requests(), r.maxRequests(),
                r.perArticle().readUnits(), r.perArticle().writeUnits()));
        r.byOperation().forEach((op, u) -> sb.append(String.format("  %-22s %6.1f req %7.1f RCU %7.1f WCU%n", op,
                (double) u.requests() / r.articles(), u.readUnits() / r.articles(), u.writeUnits() / r.articles())));
        return sb.toString();
    }

    public static Result run(LocalAws aws, int stories, int articles) {
        Engine engine = Engine.standard();
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter);
        MatchService service = new MatchService(engine, new InMemoryObjectStore(), repo, index, StorageLayout.DEFAULT);

        List<String> texts = load(aws.dynamoDb, t, engine, stories);
        Random r = new Random(42);
        long maxRequests = 0;
        meter.reset();
        for (int i = 0; i < articles; i++) {
            String text = switch (i % 3) {
                case 0 -> SyntheticText.article(1_000_000L + i); // a new story
                case 1 -> texts.get(r.nextInt(texts.size())); // verbatim copy of a stored story
                default -> trimmed(texts.get(r.nextInt(texts.size()))); // house-style copy: first paragraphs only
            };
            long before = meter.snapshot().total().requests();
            service.process(envelope(engine, "incoming/fresh-" + i + ".txt", text));
            maxRequests = Math.max(maxRequests, meter.snapshot().total().requests() - before);
        }
        CapacityMeter.Snapshot s = meter.snapshot();
        CapacityMeter.Usage total = s.total();
        return new Result(stories, articles, new CapacityMeter.Usage(total.requests() / articles,
                total.readUnits() / articles, total.writeUnits() / articles), s.byOperation(), maxRequests);
    }

    static Envelope envelope(Engine engine, String key, String text) {
        String id = ArticleIds.of(key, text.getBytes(StandardCharsets.UTF_8));
        Article a = new Article(id, text, null, null, null, null);
        return new Envelope(id, key, null, null, null, null, engine.fingerprint(a).encode(), null, null);
    }

    private static String trimmed(String text) {
        String[] paragraphs = text.split("\n\n");
        return String.join("\n\n", java.util.Arrays.copyOf(paragraphs, Math.max(1, paragraphs.length * 2 / 3)));
    }

    /** Bulk-loads N decided originals and their key items (as the index leaves them). */
    private static List<String> load(DynamoDbClient db, LocalAws.Tables t, Engine engine, int stories) {
        List<String> texts = new ArrayList<>(stories);
        Map<Long, Set<String>> postings = new HashMap<>();
        List<WriteRequest> records = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            String text = SyntheticText.article(i);
            texts.add(text);
            String key = "incoming/stored-" + i + ".txt";
            String id = ArticleIds.of(key, text.getBytes(StandardCharsets.UTF_8));
            Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
            for (long k : KeySample.of(fp)) {
                postings.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id);
            }
            Verdict v = new Verdict(id, Label.ORIGINAL, id, null, 1.0, Scores.NONE, Evidence.none("original"), null,
                    key, null, null, null, null, Instant.EPOCH, List.of());
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(ArticlesTableSchema.PARTITION_KEY, AttributeValue.fromS(id));
            item.put(ArticlesTableSchema.OBJECT_KEY, AttributeValue.fromS(key));
            item.put(ArticlesTableSchema.FINGERPRINT, AttributeValue.fromB(SdkBytes.fromByteArray(fp.encode())));
            item.put(ArticlesTableSchema.ARRIVAL_SEQ, AttributeValue.fromN(Integer.toString(i + 1)));
            item.put(ArticlesTableSchema.STATUS, AttributeValue.fromS(ArticlesTableSchema.STATUS_FINAL));
            item.put(ArticlesTableSchema.VERSION, AttributeValue.fromN("1"));
            item.put(ArticlesTableSchema.VERDICT, AttributeValue.fromS(VerdictJson.toJson(v)));
            item.put(ArticlesTableSchema.LABEL, AttributeValue.fromS("original"));
            item.put(ArticlesTableSchema.STORY_ID, AttributeValue.fromS(id));
            item.put(ArticlesTableSchema.CONFIDENCE, AttributeValue.fromN("1.0"));
            records.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        write(db, t.articles(), records);
        List<WriteRequest> sigs = new ArrayList<>(postings.size());
        postings.forEach((sig, ids) -> {
            List<String> kept = new ArrayList<>(ids); // each stored article is an original: its own story
            Map<String, AttributeValue> item = DynamoSignatureIndex.itemAfter(sig, kept, kept);
            sigs.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        });
        Map<String, AttributeValue> counter = Map.of(
                SignaturesTableSchema.PARTITION_KEY, AttributeValue.fromS(SignaturesTableSchema.ARRIVAL_COUNTER_KEY),
                SignaturesTableSchema.COUNTER_VALUE, AttributeValue.fromN(Integer.toString(stories)));
        sigs.add(WriteRequest.builder().putRequest(PutRequest.builder().item(counter).build()).build());
        write(db, t.signatures(), sigs);
        System.err.printf("loaded %d stories, %d signature items%n", stories, postings.size());
        return texts;
    }

    private static void write(DynamoDbClient db, String table, List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += WRITE_BATCH) {
            Map<String, List<WriteRequest>> pending = Map.of(table,
                    requests.subList(from, Math.min(requests.size(), from + WRITE_BATCH)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> ask = pending;
                BatchWriteItemResponse r = db.batchWriteItem(b -> b.requestItems(ask));
                pending = r.hasUnprocessedItems() ? r.unprocessedItems() : Map.of();
            }
        }
    }
}
