package dev.storyprint.bench.perf;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.Envelope;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.ObjectStore;
import dev.storyprint.store.SignaturesTableSchema;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.aws.AwsClients;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.Config;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.TableDefinitions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Matching cost against 1k / 10k / 100k stored stories on DynamoDB Local (HTTP, in this process):
 * requests, read and write units (ReturnConsumedCapacity, via {@link CapacityMeter}) and latency of
 * {@link MatchService#process(Envelope)} per probe article.
 *
 * <p>Loading writes what the pipeline would have left behind, fast: each story's decided record
 * through {@link DynamoArticleRepository#putIfAbsent} (one PutItem, several in flight), and the
 * signature items as BatchWriteItem of 25 with each key's whole posting list (same attributes and
 * cap as {@link DynamoSignatureIndex}), then the arrival counter. Probes then go through the real
 * match service: register, index, number, candidates, decide, save.
 */
public final class ScaleRun {
    /** Probe mix, cycled: a new story, a syndicated copy, a spun copy of a stored one. */
    static final int PROBE_KINDS = 3;
    /** Probes whose figures are dropped: JIT and connection warm-up. */
    static final int WARMUP_PROBES = 15;
    /** Requests in flight while loading: DynamoDB Local serialises writes, more only queue. */
    static final int LOAD_THREADS = 4;
    /** DynamoDB's BatchWriteItem limit. */
    static final int BATCH_WRITE = 25;
    /** Probe sources are taken from the first stories, present at every corpus size. */
    static final int PROBE_SOURCE_RANGE = 1000;
    /** Offset of probe-only stories: never among the stored ones. */
    static final long NEW_STORY_BASE = 50_000_000L;

    private ScaleRun() {}

    public record SizeResult(int stored, int probes, double loadSeconds, long signatureItems,
                             double requestsPerArticle, double readUnitsPerArticle, double writeUnitsPerArticle,
                             double readRequestsPerArticle, double p50Ms, double p99Ms, double meanMs,
                             Map<String, Double> requestsByOperation, Map<String, Integer> labels) {}

    public static List<SizeResult> run(List<Integer> sizes, int probes, java.io.PrintStream log) throws Exception {
        System.setProperty("aws.accessKeyId", "storyprint");
        System.setProperty("aws.secretAccessKey", "storyprint1");
        int port = freePort();
        // DynamoDB Local prints a banner on stdout, which carries only results.
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        DynamoDBProxyServer server;
        try {
            server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
            server.start();
        } finally {
            System.setOut(stdout);
        }
        Config config = new Config("bench", "unused", "unused", StorageLayout.DEFAULT, Config.DEFAULT_REGION,
                URI.create("http://127.0.0.1:" + port));
        ExecutorService pool = Executors.newFixedThreadPool(LOAD_THREADS);
        try (DynamoDbClient db = AwsClients.dynamoDb(config)) {
            Engine engine = Engine.standard();
            List<SizeResult> out = new ArrayList<>();
            int n = 0;
            for (int size : sizes) {
                n++;
                String articles = "articles-" + n;
                String signatures = "signatures-" + n;
                TableDefinitions.createAll(db, articles, signatures);
                long t0 = System.nanoTime();
                long sigItems = load(db, pool, engine, articles, signatures, size, log);
                double loadSeconds = (System.nanoTime() - t0) / 1e9;
                log.printf("scale: %d stories loaded in %.1f s (%d signature items)%n", size, loadSeconds, sigItems);
                SizeResult r = probe(db, engine, articles, signatures, size, probes, loadSeconds, sigItems);
                log.printf("scale: %d stored: %.1f req/article, %.1f RCU, %.1f WCU, p50 %.1f ms, p99 %.1f ms%n",
                        size, r.requestsPerArticle(), r.readUnitsPerArticle(), r.writeUnitsPerArticle(), r.p50Ms(),
                        r.p99Ms());
                out.add(r);
                db.deleteTable(b -> b.tableName(articles));
                db.deleteTable(b -> b.tableName(signatures));
            }
            return out;
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }

    static String storyKey(long i) {
        return "incoming/story-" + i + ".txt";
    }

    static String storyId(long i, String text) {
        return ArticleIds.of(storyKey(i), text.getBytes(StandardCharsets.UTF_8));
    }

    private static long load(DynamoDbClient db, ExecutorService pool, Engine engine, String articles,
                             String signatures, int size, java.io.PrintStream log) throws Exception {
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(db, articles, signatures, meter);
        Map<Long, List<String>> postings = new ConcurrentHashMap<>();
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            final long story = i;
            pending.add(pool.submit(() -> {
                String text = NewsText.story(story);
                String id = storyId(story, text);
                Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
                for (long k : fp.retrievalKeys()) {
                    postings.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>(2))).add(id);
                }
                Verdict v = new Verdict(id, Label.ORIGINAL, id, null, 1.0, Scores.NONE,
                        Evidence.none("loaded by the scale benchmark"), null, storyKey(story), null, null, null, null,
                        Instant.EPOCH, List.of());
                repo.putIfAbsent(new ArticleRecord(id, storyKey(story), null, null, null, null, fp.encode(),
                        story + 1, true, v, 0));
                return null;
            }));
            if (pending.size() >= 1000) {
                drain(pending);
            }
        }
        drain(pending);
        List<WriteRequest> batch = new ArrayList<>(BATCH_WRITE);
        for (Map.Entry<Long, List<String>> e : postings.entrySet()) {
            List<String> ids = e.getValue();
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(SignaturesTableSchema.PARTITION_KEY, AttributeValue.fromS(SignaturesTableSchema.keyOf(e.getKey())));
            item.put(SignaturesTableSchema.IDS, AttributeValue.fromSs(
                    ids.size() > SignaturesTableSchema.POSTING_CAP ? ids.subList(0, SignaturesTableSchema.POSTING_CAP) : ids));
            if (ids.size() > SignaturesTableSchema.POSTING_CAP) {
                item.put(SignaturesTableSchema.SATURATED, AttributeValue.fromBool(true));
            }
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == BATCH_WRITE) {
                List<WriteRequest> b = batch;
                pending.add(pool.submit(() -> writeAll(db, signatures, b)));
                batch = new ArrayList<>(BATCH_WRITE);
                if (pending.size() >= 200) {
                    drain(pending);
                }
            }
        }
        if (!batch.isEmpty()) {
            writeAll(db, signatures, batch);
        }
        drain(pending);
        db.putItem(b -> b.tableName(signatures).item(Map.of(
                SignaturesTableSchema.PARTITION_KEY, AttributeValue.fromS(SignaturesTableSchema.ARRIVAL_COUNTER_KEY),
                SignaturesTableSchema.COUNTER_VALUE, AttributeValue.fromN(Integer.toString(size)))));
        return postings.size();
    }

    private static Void writeAll(DynamoDbClient db, String table, List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> left = Map.of(table, requests);
        while (!left.isEmpty()) {
            Map<String, List<WriteRequest>> req = left;
            BatchWriteItemResponse r = db.batchWriteItem(b -> b.requestItems(req));
            left = r.hasUnprocessedItems() ? r.unprocessedItems() : Map.of();
        }
        return null;
    }

    private static void drain(List<Future<?>> pending) throws Exception {
        for (Future<?> f : pending) {
            f.get();
        }
        pending.clear();
    }

    /** Probe {@code j}: what kind and which text; the same list for every corpus size. */
    static String probeText(int j, IntFunction<String> storyText) {
        int kind = j % PROBE_KINDS;
        long source = (j * 7L + 3) % PROBE_SOURCE_RANGE;
        return switch (kind) {
            case 0 -> NewsText.story(NEW_STORY_BASE + j);
            case 1 -> NewsText.syndicated(storyText.apply((int) source), j);
            default -> NewsText.spun(storyText.apply((int) source), j);
        };
    }

    private static SizeResult probe(DynamoDbClient db, Engine engine, String articles, String signatures, int size,
                                    int probes, double loadSeconds, long sigItems) {
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(db, articles, signatures, meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(db, signatures, meter);
        MatchService service = new MatchService(engine, new MemoryObjects(), repo, index, StorageLayout.DEFAULT);
        int total = WARMUP_PROBES + probes;
        double[] ms = new double[probes];
        long requests = 0;
        long readRequests = 0;
        double rcu = 0;
        double wcu = 0;
        Map<String, Double> byOp = new java.util.TreeMap<>();
        Map<String, Integer> labels = new java.util.TreeMap<>();
        for (int j = 0; j < total; j++) {
            // Warm-up probes use other texts, so the measured ones are never repeats.
            int p = j < WARMUP_PROBES ? 100_000 + j : j - WARMUP_PROBES;
            String text = probeText(p, i -> NewsText.story(Math.min(i, size - 1)));
            String key = "incoming/probe-" + p + ".txt";
            String id = ArticleIds.of(key, text.getBytes(StandardCharsets.UTF_8));
            Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
            Envelope env = new Envelope(id, key, null, null, null, null, fp.encode(), null, null);
            meter.reset();
            long t0 = System.nanoTime();
            Verdict v = service.process(env);
            long t1 = System.nanoTime();
            if (j < WARMUP_PROBES) {
                continue;
            }
            int m = j - WARMUP_PROBES;
            ms[m] = (t1 - t0) / 1e6;
            labels.merge(v.label().wire(), 1, Integer::sum);
            CapacityMeter.Snapshot s = meter.snapshot();
            CapacityMeter.Usage u = s.total();
            requests += u.requests();
            rcu += u.readUnits();
            wcu += u.writeUnits();
            s.byOperation().forEach((op, usage) -> byOp.merge(op, (double) usage.requests(), Double::sum));
            for (Map.Entry<String, CapacityMeter.Usage> e : s.byOperation().entrySet()) {
                String op = e.getKey();
                if (op.startsWith("Get") || op.startsWith("BatchGet") || op.startsWith("Query")) {
                    readRequests += e.getValue().requests();
                }
            }
        }
        byOp.replaceAll((k, v) -> v / probes);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new SizeResult(size, probes, loadSeconds, sigItems, (double) requests / probes, rcu / probes,
                wcu / probes, (double) readRequests / probes, percentile(sorted, 0.50), percentile(sorted, 0.99),
                Arrays.stream(ms).average().orElse(0), byOp, labels);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Results and envelopes stay in memory: S3 is not what this run measures. */
    static final class MemoryObjects implements ObjectStore {
        private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();

        @Override
        public Optional<StoredObject> get(String key) {
            return Optional.ofNullable(objects.get(key));
        }

        @Override
        public void put(String key, byte[] bytes, String contentType) {
            objects.put(key, new StoredObject(bytes, contentType, Map.of()));
        }

        @Override
        public boolean exists(String key) {
            return objects.containsKey(key);
        }
    }
}
