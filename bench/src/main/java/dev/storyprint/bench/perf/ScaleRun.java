package dev.storyprint.bench.perf;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemRequest;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemResult;
import com.amazonaws.services.dynamodbv2.model.PutItemRequest;
import com.amazonaws.services.dynamodbv2.model.PutRequest;
import com.amazonaws.services.dynamodbv2.model.WriteRequest;
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
import dev.storyprint.store.KeySample;
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
import dev.storyprint.store.memory.InMemoryArticleRepository;
import dev.storyprint.store.memory.InMemorySignatureIndex;
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

/**
 * Matching cost against 1k / 10k / 100k stored stories on DynamoDB Local (HTTP, in this process):
 * requests, read and write units (ReturnConsumedCapacity, via {@link CapacityMeter}) and latency of
 * {@link MatchService#process(Envelope)} per probe article.
 *
 * <p>Loading writes what the pipeline would have left behind, fast: each story's decided record
 * through {@link DynamoArticleRepository#putIfAbsent} (one PutItem, several in flight), and the
 * signature items as BatchWriteItem of 25 with each sampled key's item as {@link DynamoSignatureIndex}
 * leaves it, then the arrival counter. Probes then go through the real
 * match service: register, index, number, candidates, decide, save.
 */
public final class ScaleRun {
    /** Probe mix, cycled: a new story, a syndicated copy, a spun copy of a stored one, a copy of a hot story. */
    static final int PROBE_KINDS = 4;
    /** Probes whose figures are dropped: JIT and connection warm-up. */
    static final int WARMUP_PROBES = 15;
    /** Load threads: generating and fingerprinting use the cores, DynamoDB Local serialises the writes. */
    static final int LOAD_THREADS = 4;
    /** DynamoDB's BatchWriteItem limit. */
    static final int BATCH_WRITE = 25;
    /** Load batches queued before waiting: bounds the memory of generated items. */
    static final int PENDING_BATCHES = 400;
    /** Access key the loader passes to the handler; ignored by a shared database, like the probes' key. */
    static final String LOAD_ACCESS_KEY = "storyprint";
    /** Probe sources are taken from the first stories, present at every corpus size. */
    static final int PROBE_SOURCE_RANGE = 1000;
    /** Every this-many-th stored article (index % HOT_EVERY == HOT_EVERY - 1) is a copy of a hot story. */
    static final int HOT_EVERY = 10;
    /** Stored articles per hot story: 100,000 stored hold one story of 10,000 copies (1,000 hold 100 copies). */
    static final int HOT_STORY_SPAN = 100_000;
    /** Offset of the copy numbers of probe hot copies: never among the stored ones. */
    static final long HOT_PROBE_BASE = 5_000_000L;
    /** Offset of probe-only stories: never among the stored ones. */
    static final long NEW_STORY_BASE = 50_000_000L;

    private ScaleRun() {}

    /**
     * One corpus size. {@code sqliteMemoryBytes}: DynamoDB Local's in-memory SQLite (native) after
     * loading; {@code heapUsedBytes} and {@code rssBytes}: the whole bench JVM at the same moment.
     * {@code loadCpuSeconds}: CPU time of the whole JVM while loading (all threads, DynamoDB Local
     * included), the figure that does not depend on what else the machine runs.
     */
    public record SizeResult(int stored, int probes, double loadSeconds, double loadCpuSeconds, long signatureItems,
                             long sqliteMemoryBytes, long heapUsedBytes, long rssBytes,
                             double requestsPerArticle, double readUnitsPerArticle, double writeUnitsPerArticle,
                             double readRequestsPerArticle, double p50Ms, double p99Ms, double meanMs,
                             double fingerprintMs, Map<String, Double> requestsByOperation,
                             Map<String, Double> readUnitsByOperation, Map<String, Double> writeUnitsByOperation,
                             Map<String, Integer> labels, Prices.Cost usdPerMillionArticles) {}

    /** Everything the scale stage measured. */
    public record Run(List<SizeResult> sizes, HotResult hot, BoilerplateResult boilerplate) {}

    /**
     * One story republished {@code copies} times. {@code stories}/{@code originals}: over all copies,
     * processed in arrival order by {@link MatchService} on in-memory stores (same index semantics,
     * pinned by SignatureIndexContract). {@code byCopy}: DynamoDB requests and units per article
     * around copy 10, 1,000, 10,000 (the 10 copies ending there, through MatchService on DynamoDB
     * Local); copies between the windows are registered by the index's own writes and stored as the
     * syndicated copies the in-memory pass decided they are, without the engine.
     */
    public record HotResult(int copies, int stories, int originals, double inMemorySeconds,
                            Map<String, Map<String, Double>> byCopy) {}

    /** {@code stories} distinct stories sharing one footer and one stock sentence: how many were linked. */
    public record BoilerplateResult(int stories, int links, Map<String, Integer> labels) {}

    /** Copy numbers at which the hot story's cost is reported. */
    static final List<Integer> HOT_CHECKPOINTS = List.of(10, 1_000, 10_000);
    /** Copies measured per checkpoint (the ones ending at it). */
    static final int HOT_WINDOW = 10;

    public static Run run(List<Integer> sizes, int probes, int hotCopies, int boilerplateStories, java.io.PrintStream log)
            throws Exception {
        System.setProperty("aws.accessKeyId", "storyprint");
        System.setProperty("aws.secretAccessKey", "storyprint1");
        int port = freePort();
        // DynamoDB Local prints a banner on stdout, which carries only results.
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        // Built as ServerRunner would for "-inMemory -sharedDb", keeping the request handler: the
        // loader writes through it directly (no HTTP, signing or JSON), the probes go over HTTP.
        LocalDynamoDBRequestHandler handler;
        DynamoDBProxyServer server;
        try {
            handler = new LocalDynamoDBRequestHandler(0, true, null, true, false);
            server = new DynamoDBProxyServer(port, new LocalDynamoDBServerHandler(handler, null));
            server.start();
        } finally {
            System.setOut(stdout);
        }
        Config config = new Config("bench", "unused", "unused", StorageLayout.DEFAULT, Config.DEFAULT_REGION,
                URI.create("http://127.0.0.1:" + port));
        ExecutorService pool = Executors.newFixedThreadPool(LOAD_THREADS);
        try (DynamoDbClient db = AwsClients.dynamoDb(config)) {
            Engine engine = Engine.standard();
            BoilerplateResult boilerplate = boilerplate(engine, boilerplateStories, log);
            HotResult hot = hotCopies <= 0 ? null : hot(db, engine, hotCopies, log);
            List<SizeResult> out = new ArrayList<>();
            int n = 0;
            for (int size : sizes) {
                n++;
                String articles = "articles-" + n;
                String signatures = "signatures-" + n;
                TableDefinitions.createAll(db, articles, signatures);
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                long sigItems = load(handler, pool, engine, articles, signatures, size, log);
                double loadSeconds = (System.nanoTime() - t0) / 1e9;
                double loadCpuSeconds = (processCpuNanos() - cpu0) / 1e9;
                long[] memory = memory();
                log.printf("scale: %d stories loaded in %.1f s, %.1f CPU-s (%d signature items); SQLite %.0f MiB, "
                        + "heap %.0f MiB, RSS %.0f MiB%n", size, loadSeconds, loadCpuSeconds, sigItems, memory[0] / MIB,
                        memory[1] / MIB, memory[2] / MIB);
                SizeResult r = probe(db, engine, articles, signatures, size, probes, loadSeconds, loadCpuSeconds,
                        sigItems, memory);
                log.printf("scale: %d stored: %.1f req/article, %.1f RCU, %.1f WCU, p50 %.1f ms, p99 %.1f ms%n",
                        size, r.requestsPerArticle(), r.readUnitsPerArticle(), r.writeUnitsPerArticle(), r.p50Ms(),
                        r.p99Ms());
                out.add(r);
                db.deleteTable(b -> b.tableName(articles));
                db.deleteTable(b -> b.tableName(signatures));
            }
            return new Run(out, hot, boilerplate);
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }

    static String storyKey(long i) {
        return "incoming/story-" + i + ".txt";
    }

    static String copyKey(long i) {
        return "incoming/copy-" + i + ".txt";
    }

    /** Whether stored article {@code i} is a copy of a hot story (never among the first stories, which probes copy). */
    static boolean isHotCopy(int i) {
        return i >= PROBE_SOURCE_RANGE / 10 && i % HOT_EVERY == HOT_EVERY - 1;
    }

    /** The story index of the hot story that stored copy {@code i} copies. */
    static long hotStory(int i) {
        return i / HOT_STORY_SPAN;
    }

    static String storyId(long i, String text) {
        return ArticleIds.of(storyKey(i), text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes what processing {@code size} stories would have left behind, straight into DynamoDB
     * Local's request handler (the same in-memory database the probes reach over HTTP): per story
     * the decided record as {@link DynamoArticleRepository#toItem} builds it, then every sampled
     * retrieval key's item as {@link DynamoSignatureIndex} would have left it
     * ({@link DynamoSignatureIndex#itemAfter}), then the arrival counter.
     * Each story's text is generated and fingerprinted once.
     */
    private static long load(LocalDynamoDBRequestHandler handler, ExecutorService pool, Engine engine,
                             String articles, String signatures, int size, java.io.PrintStream log) throws Exception {
        // Posting lists in arrival order: story i's id goes in at index i (the pipeline's ADD order).
        String[] ids = new String[size];
        String[] stories = new String[size];
        long[][] keys = new long[size][];
        List<Future<?>> pending = new ArrayList<>();
        Instant registered = Instant.now();
        long t0 = System.nanoTime();
        for (int from = 0; from < size; from += BATCH_WRITE) {
            final int lo = from;
            final int hi = Math.min(size, from + BATCH_WRITE);
            pending.add(pool.submit(() -> {
                List<WriteRequest> batch = new ArrayList<>(hi - lo);
                for (int i = lo; i < hi; i++) {
                    boolean hot = isHotCopy(i);
                    String source = hot ? storyId(hotStory(i), NewsText.story(hotStory(i))) : null;
                    String text = hot ? NewsText.hotCopy(NewsText.story(hotStory(i)), i) : NewsText.story(i);
                    String id = hot ? ArticleIds.of(copyKey(i), text.getBytes(StandardCharsets.UTF_8)) : storyId(i, text);
                    Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
                    ids[i] = id;
                    stories[i] = hot ? source : id;
                    keys[i] = KeySample.of(fp);
                    Verdict v = Verdict.builder().articleId(id).label(hot ? Label.SYNDICATED : Label.ORIGINAL)
                            .storyId(hot ? source : id).matchedArticleId(hot ? source : null).confidence(1.0)
                            .scores(Scores.NONE).evidence(Evidence.none("loaded by the scale benchmark"))
                            .key(hot ? copyKey(i) : storyKey(i)).decidedAt(registered).build();
                    // Version 1: registered (0), then one verdict write, as the match function leaves it.
                    ArticleRecord record = ArticleRecord.builder().articleId(id).objectKey(v.key()).fingerprint(fp.encode())
                            .arrivalSeq((long) i + 1).isFinal(true).verdict(v).version(1).build();
                    batch.add(new WriteRequest(new PutRequest(v1(DynamoArticleRepository.toItem(record, registered)))));
                }
                writeAll(handler, articles, batch);
                return null;
            }));
            if (pending.size() >= PENDING_BATCHES) {
                drain(pending);
            }
        }
        drain(pending);
        long t1 = System.nanoTime();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < size; i++) {
            for (long k : distinct(keys[i])) {
                postings.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
            }
        }
        List<WriteRequest> batch = new ArrayList<>(BATCH_WRITE);
        for (Map.Entry<Long, List<Integer>> e : postings.entrySet()) {
            List<Integer> at = e.getValue();
            List<String> reps = new ArrayList<>(Math.min(at.size(), 8));
            List<String> storyIds = new ArrayList<>(Math.min(at.size(), 8));
            for (int i : at) {
                if (reps.size() < dev.storyprint.store.SignatureIndex.REPRESENTATIVES) {
                    reps.add(ids[i]);
                }
                if (!storyIds.contains(stories[i]) && storyIds.size() < dev.storyprint.store.SignatureIndex.BOILERPLATE_STORIES) {
                    storyIds.add(stories[i]);
                }
            }
            Map<String, AttributeValue> item = v1(DynamoSignatureIndex.itemAfter(e.getKey(), reps, storyIds));
            batch.add(new WriteRequest(new PutRequest(item)));
            if (batch.size() == BATCH_WRITE) {
                List<WriteRequest> b = batch;
                pending.add(pool.submit(() -> writeAll(handler, signatures, b)));
                batch = new ArrayList<>(BATCH_WRITE);
                if (pending.size() >= PENDING_BATCHES) {
                    drain(pending);
                }
            }
        }
        if (!batch.isEmpty()) {
            writeAll(handler, signatures, batch);
        }
        drain(pending);
        handler.putItem(LOAD_ACCESS_KEY, Config.DEFAULT_REGION, new PutItemRequest(signatures, Map.of(
                SignaturesTableSchema.PARTITION_KEY, new AttributeValue(SignaturesTableSchema.ARRIVAL_COUNTER_KEY),
                SignaturesTableSchema.COUNTER_VALUE, new AttributeValue().withN(Integer.toString(size)))));
        log.printf("scale: %d stories: articles (generate, fingerprint, write) %.1f s, %d posting lists %.1f s%n",
                size, (t1 - t0) / 1e9, postings.size(), (System.nanoTime() - t1) / 1e9);
        return postings.size();
    }

    private static long[] distinct(long[] keys) {
        return Arrays.stream(keys).distinct().toArray();
    }

    /** AWS SDK v2 attribute (what the repository builds) to the v1 model DynamoDB Local's handler takes. */
    static AttributeValue v1(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
        return switch (v.type()) {
            case S -> new AttributeValue().withS(v.s());
            case N -> new AttributeValue().withN(v.n());
            case B -> new AttributeValue().withB(v.b().asByteBuffer());
            case SS -> new AttributeValue().withSS(v.ss());
            case BOOL -> new AttributeValue().withBOOL(v.bool());
            default -> throw new IllegalArgumentException("attribute type not loaded by the bench: " + v.type());
        };
    }

    static Map<String, AttributeValue> v1(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        Map<String, AttributeValue> out = new HashMap<>();
        item.forEach((k, v) -> out.put(k, v1(v)));
        return out;
    }

    private static Void writeAll(LocalDynamoDBRequestHandler handler, String table, List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> left = Map.of(table, requests);
        while (!left.isEmpty()) {
            BatchWriteItemResult r = handler.batchWriteItem(LOAD_ACCESS_KEY, Config.DEFAULT_REGION,
                    new BatchWriteItemRequest(left));
            left = r.getUnprocessedItems() == null ? Map.of() : r.getUnprocessedItems();
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
        if (isHotCopy((int) source)) {
            source--; // a stored original, not a hot copy's slot
        }
        return switch (kind) {
            case 0 -> NewsText.story(NEW_STORY_BASE + j);
            case 1 -> NewsText.syndicated(storyText.apply((int) source), j);
            case 2 -> NewsText.spun(storyText.apply((int) source), j);
            default -> NewsText.hotCopy(NewsText.story(0), HOT_PROBE_BASE + j);
        };
    }

    private static SizeResult probe(DynamoDbClient db, Engine engine, String articles, String signatures, int size,
                                    int probes, double loadSeconds, double loadCpuSeconds, long sigItems,
                                    long[] memory) {
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
        Map<String, Double> readsByOp = new java.util.TreeMap<>();
        Map<String, Double> writesByOp = new java.util.TreeMap<>();
        double fingerprintMs = 0;
        Map<String, Integer> labels = new java.util.TreeMap<>();
        for (int j = 0; j < total; j++) {
            // Warm-up probes use other texts, so the measured ones are never repeats.
            int p = j < WARMUP_PROBES ? 100_000 + j : j - WARMUP_PROBES;
            String text = probeText(p, i -> NewsText.story(Math.min(i, size - 1)));
            String key = "incoming/probe-" + p + ".txt";
            String id = ArticleIds.of(key, text.getBytes(StandardCharsets.UTF_8));
            long f0 = System.nanoTime();
            Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
            Envelope env = Envelope.builder().articleId(id).key(key).fingerprint(fp.encode()).build();
            long f1 = System.nanoTime();
            meter.reset();
            long t0 = System.nanoTime();
            Verdict v = service.process(env);
            long t1 = System.nanoTime();
            if (j < WARMUP_PROBES) {
                continue;
            }
            int m = j - WARMUP_PROBES;
            ms[m] = (t1 - t0) / 1e6;
            fingerprintMs += (f1 - f0) / 1e6;
            labels.merge(v.label().wire(), 1, Integer::sum);
            CapacityMeter.Snapshot s = meter.snapshot();
            CapacityMeter.Usage u = s.total();
            requests += u.requests();
            rcu += u.readUnits();
            wcu += u.writeUnits();
            s.byOperation().forEach((op, usage) -> {
                byOp.merge(op, (double) usage.requests(), Double::sum);
                readsByOp.merge(op, usage.readUnits(), Double::sum);
                writesByOp.merge(op, usage.writeUnits(), Double::sum);
            });
            for (Map.Entry<String, CapacityMeter.Usage> e : s.byOperation().entrySet()) {
                String op = e.getKey();
                if (op.startsWith("Get") || op.startsWith("BatchGet") || op.startsWith("Query")) {
                    readRequests += e.getValue().requests();
                }
            }
        }
        byOp.replaceAll((k, v) -> v / probes);
        readsByOp.replaceAll((k, v) -> v / probes);
        writesByOp.replaceAll((k, v) -> v / probes);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(ms).average().orElse(0);
        Prices.Cost cost = Prices.perMillion(rcu / probes, wcu / probes, mean + fingerprintMs / probes);
        return new SizeResult(size, probes, loadSeconds, loadCpuSeconds, sigItems, memory[0], memory[1], memory[2], (double) requests / probes, rcu / probes,
                wcu / probes, (double) readRequests / probes, percentile(sorted, 0.50), percentile(sorted, 0.99),
                mean, fingerprintMs / probes, byOp, readsByOp, writesByOp, labels, cost);
    }

    private static final double MIB = 1024.0 * 1024.0;

    /** CPU time of this JVM (every thread), or 0 where the platform does not report it. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** SQLite's native memory (DynamoDB Local's tables), heap in use, process RSS; -1 when unreadable. */
    static long[] memory() {
        long sqlite;
        try {
            // sqlite4java is DynamoDB Local's runtime dependency, not on the compile path.
            sqlite = (Long) Class.forName("com.almworks.sqlite4java.SQLite").getMethod("getMemoryUsed").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            sqlite = -1;
        }
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        long rss = -1;
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            rss = -1; // not Linux
        }
        return new long[] {sqlite, heap, rss};
    }

    /** Distinct stories ending with {@link NewsText#FOOTER} and carrying {@link NewsText#STOCK}, in memory. */
    static BoilerplateResult boilerplate(Engine engine, int stories, java.io.PrintStream log) {
        MatchService service = new MatchService(engine, new MemoryObjects(), new InMemoryArticleRepository(),
                new InMemorySignatureIndex(), StorageLayout.DEFAULT);
        Map<String, Integer> labels = new java.util.TreeMap<>();
        int links = 0;
        for (int i = 0; i < stories; i++) {
            String text = NewsText.withBoilerplate(BOILERPLATE_BASE + i);
            Verdict v = service.process(envelope(engine, "incoming/footer-" + i + ".txt", text));
            labels.merge(v.label().wire(), 1, Integer::sum);
            if (v.label() != Label.ORIGINAL) {
                links++;
            }
        }
        log.printf("scale: %d stories sharing a footer and a stock sentence: %d linked %s%n", stories, links, labels);
        return new BoilerplateResult(stories, links, labels);
    }

    /** Story numbers of the boilerplate scenario: never among the stored or probe ones. */
    static final long BOILERPLATE_BASE = 70_000_000L;

    static Envelope envelope(Engine engine, String key, String text) {
        String id = ArticleIds.of(key, text.getBytes(StandardCharsets.UTF_8));
        Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
        return Envelope.builder().articleId(id).key(key).fingerprint(fp.encode()).build();
    }

    /** See {@link HotResult}. */
    static HotResult hot(DynamoDbClient db, Engine engine, int copies, java.io.PrintStream log) {
        String story = NewsText.story(HOT_STORY);
        // In memory: every copy decided by the match service.
        long t0 = System.nanoTime();
        InMemoryArticleRepository memRepo = new InMemoryArticleRepository();
        MatchService mem = new MatchService(engine, new MemoryObjects(), memRepo, new InMemorySignatureIndex(),
                StorageLayout.DEFAULT);
        List<String> ids = new ArrayList<>(copies + 1);
        for (int c = 0; c <= copies; c++) {
            Envelope e = envelope(engine, hotKey(c), c == 0 ? story : NewsText.hotCopy(story, c));
            mem.process(e);
            ids.add(e.articleId());
        }
        java.util.Set<String> storyIds = new java.util.HashSet<>();
        int originals = 0;
        for (String id : ids) {
            ArticleRecord r = memRepo.find(id).orElseThrow();
            storyIds.add(r.storyId());
            if (r.label() == Label.ORIGINAL) {
                originals++;
            }
        }
        double memSeconds = (System.nanoTime() - t0) / 1e9;
        log.printf("scale: hot story, %d copies in memory: %d stories, %d originals (%.0f s)%n", copies,
                storyIds.size(), originals, memSeconds);
        // On DynamoDB Local: the measured windows through the match service, the rest by the index's writes.
        String articles = "hot-articles";
        String signatures = "hot-signatures";
        TableDefinitions.createAll(db, articles, signatures);
        CapacityMeter meter = new CapacityMeter();
        CapacityMeter quiet = new CapacityMeter();
        DynamoArticleRepository repo = new DynamoArticleRepository(db, articles, signatures, meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(db, signatures, meter);
        DynamoArticleRepository fillRepo = new DynamoArticleRepository(db, articles, signatures, quiet);
        DynamoSignatureIndex fillIndex = new DynamoSignatureIndex(db, signatures, quiet);
        MatchService service = new MatchService(engine, new MemoryObjects(), repo, index, StorageLayout.DEFAULT);
        Map<String, Map<String, Double>> byCopy = new java.util.LinkedHashMap<>();
        long t1 = System.nanoTime();
        for (int checkpoint : HOT_CHECKPOINTS) {
            if (checkpoint > copies) {
                continue;
            }
            long requests = 0;
            double rcu = 0;
            double wcu = 0;
            for (int c = 0; c <= checkpoint; c++) {
                if (c > 0 && c <= checkpoint - HOT_WINDOW && repo.find(ids.get(c)).isPresent()) {
                    continue; // stored by an earlier window or fill
                }
                Envelope e = envelope(engine, hotKey(c), c == 0 ? story : NewsText.hotCopy(story, c));
                if (c > checkpoint - HOT_WINDOW || c == 0) {
                    if (repo.find(e.articleId()).isPresent()) {
                        continue;
                    }
                    meter.reset();
                    service.process(e);
                    CapacityMeter.Usage u = meter.snapshot().total();
                    if (c > 0) {
                        requests += u.requests();
                        rcu += u.readUnits();
                        wcu += u.writeUnits();
                    }
                } else {
                    fill(fillRepo, fillIndex, memRepo.find(e.articleId()).orElseThrow(), e);
                }
            }
            Map<String, Double> at = new java.util.LinkedHashMap<>();
            at.put("requests", (double) requests / HOT_WINDOW);
            at.put("readUnits", rcu / HOT_WINDOW);
            at.put("writeUnits", wcu / HOT_WINDOW);
            byCopy.put(Integer.toString(checkpoint), at);
            log.printf("scale: hot story, copies %d-%d on DynamoDB Local: %.1f req, %.1f RCU, %.1f WCU per article%n",
                    checkpoint - HOT_WINDOW + 1, checkpoint, at.get("requests"), at.get("readUnits"), at.get("writeUnits"));
        }
        log.printf("scale: hot story on DynamoDB Local took %.0f s%n", (System.nanoTime() - t1) / 1e9);
        db.deleteTable(b -> b.tableName(articles));
        db.deleteTable(b -> b.tableName(signatures));
        return new HotResult(copies, storyIds.size(), originals, memSeconds, byCopy);
    }

    /** The hot story's text number (a story no corpus stores). */
    static final long HOT_STORY = 60_000_000L;

    static String hotKey(int c) {
        return "incoming/hot-" + c + ".txt";
    }

    /**
     * What the pipeline leaves for a copy the in-memory pass decided: its keys registered and its
     * story added as {@link MatchService} does, its decided record stored (the engine is skipped).
     */
    private static void fill(DynamoArticleRepository repo, DynamoSignatureIndex index, ArticleRecord decided, Envelope e) {
        ArticleRecord stored = repo.putIfAbsent(ArticleRecord.pending(e));
        long[] keys = KeySample.of(Fingerprint.decode(e.fingerprint()));
        index.add(e.articleId(), keys);
        long seq = repo.assignArrivalSeq(e.articleId());
        Map<Long, dev.storyprint.store.SignatureIndex.Posting> seen = index.lookup(keys);
        String story = decided.storyId();
        long[] lacking = Arrays.stream(keys).filter(k -> {
            var p = seen.get(k);
            return p == null || (!p.stories().contains(story) && !p.boilerplate());
        }).toArray();
        if (lacking.length > 0) {
            index.addStory(e.articleId(), story, lacking, seen);
        }
        repo.saveVerdict(stored.withArrivalSeq(seq).withVerdict(decided.verdict()));
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
