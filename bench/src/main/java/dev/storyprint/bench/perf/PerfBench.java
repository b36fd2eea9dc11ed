package dev.storyprint.bench.perf;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The bench run behind {@code dev.storyprint.bench.Bench}: stages, each failing on its own. */
public final class PerfBench {
    /** Stages in run order. */
    public static final List<String> STAGES = List.of("engine", "scale", "cold", "e2e");
    static final List<Integer> QUICK_SIZES = List.of(1_000, 10_000);
    static final List<Integer> FULL_SIZES = List.of(1_000, 100_000, 300_000);
    /** Copies of the hot story (issue 15: copy 10,000 must cost what copy 10 costs). */
    static final int QUICK_HOT_COPIES = 1_000;
    static final int FULL_HOT_COPIES = 10_000;
    /** Distinct stories sharing one footer and one stock sentence (issue 15: 0 links). */
    static final int BOILERPLATE_STORIES = 1_000;
    /** Probe articles per corpus size: enough for a p99 that is not the maximum in full mode. */
    static final int QUICK_PROBES = 60;
    static final int FULL_PROBES = 150;
    /** Cold starts per jar; the median is reported. */
    static final int QUICK_COLD_REPEATS = 3;
    static final int FULL_COLD_REPEATS = 7;
    /** Articles through classify: the brief's 1,000. */
    static final int E2E_ARTICLES = 1_000;
    static final int E2E_CONCURRENCY = 4;

    private PerfBench() {}

    /**
     * What to run ({@code ./storyprint bench} parses it, see BenchCommand): null or empty fields take
     * the defaults of the quick or full run.
     */
    public record Options(boolean full, List<String> only, Path out, Integer corpus, List<Integer> sizes,
                          Integer probes, boolean keep, Integer e2eArticles) {}

    public static int run(Options options, PrintStream out, PrintStream log) throws Exception {
        boolean full = options.full();
        Set<String> only = new LinkedHashSet<>(options.only() == null || options.only().isEmpty() ? STAGES : options.only());
        Path root = Path.of(System.getProperty("storyprint.root.dir", ".")).toAbsolutePath().normalize();
        Path outDir = options.out();
        int corpus = options.corpus() != null ? options.corpus() : EngineBenchmark.DEFAULT_CORPUS;
        List<Integer> sizes = options.sizes();
        int probes = options.probes() != null ? options.probes() : -1;
        boolean keep = options.keep();
        int e2eArticles = options.e2eArticles() != null ? options.e2eArticles() : E2E_ARTICLES;
        if (System.getProperty("storyprint.shared.dir") == null) {
            System.setProperty("storyprint.shared.dir", root.resolveSibling("shared").toString());
        }
        System.setProperty("storyprint.root.dir", root.toString());
        if (outDir == null) {
            outDir = root.resolve("bench").resolve("results");
        }
        Report report = new Report();
        List<String> notes = new ArrayList<>();
        report.put("mode", full ? "full" : "quick");
        report.put("startedAt", Instant.now().toString());
        report.put("machine", machine());
        report.put("loadAverageAtStart", loadAverage());

        final boolean isFull = full;
        final int corpusSize = corpus;
        if (only.contains("engine")) {
            stage(log, notes, "engine", () -> engine(report, notes, isFull, corpusSize, log));
        }
        if (only.contains("scale")) {
            List<Integer> s = sizes != null ? sizes : full ? FULL_SIZES : QUICK_SIZES;
            int p = probes > 0 ? probes : full ? FULL_PROBES : QUICK_PROBES;
            int hot = full ? FULL_HOT_COPIES : QUICK_HOT_COPIES;
            stage(log, notes, "scale", () -> scale(report, notes, s, p, hot, log));
        }
        if (only.contains("cold")) {
            stage(log, notes, "cold", () -> ColdStart.run(report, notes, root, isFull ? FULL_COLD_REPEATS : QUICK_COLD_REPEATS, log));
        }
        final int e2eCount = e2eArticles;
        if (only.contains("e2e")) {
            stage(log, notes, "e2e", () -> EndToEnd.run(report, notes, root, e2eCount, E2E_CONCURRENCY, log));
        }
        report.put("loadAverageAtEnd", loadAverage());
        report.put("finishedAt", Instant.now().toString());
        report.put("notes", notes);
        if (keep) {
            keepEarlier(report, notes, outDir.resolve("latest.json"), only);
        }
        report.write(outDir);
        out.print(report.markdown());
        log.println("bench: wrote " + outDir.resolve("latest.json") + ", latest.md, scale.svg");
        return 0;
    }

    /**
     * {@code --keep}: figures of stages not run now come from the previous latest.json (re-running
     * one stage without losing the others); the markdown says which stages are carried over.
     */
    @SuppressWarnings("unchecked")
    static void keepEarlier(Report report, List<String> notes, Path previous, Set<String> ran) throws IOException {
        if (!Files.isRegularFile(previous)) {
            return;
        }
        Map<String, Object> old = new com.fasterxml.jackson.databind.ObjectMapper().readValue(previous.toFile(), LinkedHashMap.class);
        old.forEach((k, v) -> {
            if (report.json().get(k) == null && v != null) {
                report.put(k, v);
            }
        });
        List<String> carried = new ArrayList<>();
        for (String stage : STAGES) {
            if (!ran.contains(stage)) {
                carried.add(stage);
            }
        }
        if (old.get("notes") instanceof List<?> l) {
            for (Object o : l) {
                String note = String.valueOf(o);
                if (carried.stream().anyMatch(st -> note.startsWith(st + ":"))) {
                    notes.add(note);
                }
            }
        }
        notes.add("kept from the previous latest.json (its run started " + old.get("startedAt") + "): " + String.join(", ", carried));
    }

    interface Stage {
        void run() throws Exception;
    }

    private static void stage(PrintStream log, List<String> notes, String name, Stage s) {
        log.println("bench: stage " + name + " ...");
        long t0 = System.nanoTime();
        try {
            s.run();
        } catch (Exception | LinkageError e) {
            notes.add(name + ": failed: " + e);
            e.printStackTrace(log);
        }
        log.printf(Locale.ROOT, "bench: stage %s took %.0f s%n", name, (System.nanoTime() - t0) / 1e9);
    }

    static void engine(Report report, List<String> notes, boolean full, int corpus, PrintStream log) throws Exception {
        EngineRun.Result r = EngineRun.run(full, corpus, List.of());
        Map<String, EngineRun.Throughput> t = r.byBenchmark();
        report.put("engineMBps", t.get("fingerprint").mbPerSecond());
        report.put("engineArticlesPerSecond", t.get("fingerprint").articlesPerSecond());
        report.put("decideMBps", t.get("decide").mbPerSecond());
        report.put("decideArticlesPerSecond", t.get("decide").articlesPerSecond());
        report.put("boundMBps", t.get("bound").mbPerSecond());
        report.put("peerMBps", t.get("peer").mbPerSecond());
        report.put("engineOverBound", t.get("fingerprint").mbPerSecond() / t.get("bound").mbPerSecond());
        report.put("engineOverPeer", t.get("fingerprint").mbPerSecond() / t.get("peer").mbPerSecond());
        log.println("bench: CPU-time run (same operations interleaved in this JVM) ...");
        Map<String, Double> cpu = CpuTimeRun.run(full, r.bytes());
        if (!cpu.isEmpty()) {
            report.put("cpuTimeMBps", cpu);
            report.put("cpuEngineOverBound", cpu.get("fingerprint") / cpu.get("bound"));
            report.put("cpuEngineOverPeer", cpu.get("fingerprint") / cpu.get("peer"));
            notes.add("engine: cpuTimeMBps = MB per CPU-second of one thread, each of the four operations warmed "
                    + "alone (>= 50 passes and 5 CPU-s in full runs), then interleaved round by round in the bench "
                    + "JVM (median of rounds): immune to time stolen by other processes, so "
                    + "its ratios are the ones to trust on a loaded machine");
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        t.forEach((k, v) -> detail.put(k, Map.of("opsPerSecond", v.opsPerSecond(), "error99", v.error(),
                "mbPerSecond", v.mbPerSecond(), "articlesPerSecond", v.articlesPerSecond(), "forkMbPerSecond", v.forkMbPerSecond())));
        report.put("engineDetail", detail);
        report.put("engineCorpus", Map.of("articles", r.articles(), "bytes", r.bytes(), "fromFiles", r.realTexts(),
                "candidatesPerDecision", EngineBenchmark.CANDIDATES));
        List<String> forks = t.get("fingerprint").forkMbPerSecond().stream().map(Report::fmt).toList();
        notes.add(String.format(Locale.ROOT, "engine: JMH %d fork(s) per benchmark, mean of their iterations (fingerprint per "
                + "fork: %s MB/s), 1 thread, one op = %d texts (%d bytes; %d from seeds/samples, "
                + "the rest generated news-style text); decide = fingerprint + decide against %d warm candidates "
                + "(its syndicated and spun copies and 6 other stories); a fingerprint is what the fingerprint function "
                + "stores (terms, shingles, skeleton, retrieval keys): its winnowed shingle set, used only to compare, is "
                + "built on its first comparison, so decide pays it and fingerprint does not", r.forks(), String.join(", ", forks),
                r.articles(), r.bytes(), r.realTexts(), EngineBenchmark.CANDIDATES));
    }

    static void scale(Report report, List<String> notes, List<Integer> sizes, int probes, int hotCopies, PrintStream log)
            throws Exception {
        ScaleRun.Run run = ScaleRun.run(sizes, probes, hotCopies, BOILERPLATE_STORIES, log);
        List<ScaleRun.SizeResult> rs = run.sizes();
        Map<String, Object> usd = new LinkedHashMap<>();
        Map<String, Object> req = new LinkedHashMap<>();
        Map<String, Object> rcu = new LinkedHashMap<>();
        Map<String, Object> wcu = new LinkedHashMap<>();
        Map<String, Object> reads = new LinkedHashMap<>();
        Map<String, Object> p50 = new LinkedHashMap<>();
        Map<String, Object> p99 = new LinkedHashMap<>();
        Map<String, Object> detail = new LinkedHashMap<>();
        for (ScaleRun.SizeResult r : rs) {
            String k = Integer.toString(r.stored());
            req.put(k, r.requestsPerArticle());
            rcu.put(k, r.readUnitsPerArticle());
            wcu.put(k, r.writeUnitsPerArticle());
            reads.put(k, r.readRequestsPerArticle());
            p50.put(k, r.p50Ms());
            p99.put(k, r.p99Ms());
            detail.put(k, r);
            Prices.Cost c = r.usdPerMillionArticles();
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("total", c.total());
            cost.put("dynamoDb", c.dynamoDb());
            cost.put("lambda", c.lambda());
            cost.put("s3", c.s3());
            usd.put(k, cost);
        }
        report.put("requestsPerArticle", req);
        report.put("readRequestsPerArticle", reads);
        report.put("readUnitsPerArticle", rcu);
        report.put("writeUnitsPerArticle", wcu);
        report.put("p50Ms", p50);
        report.put("p99Ms", p99);
        report.put("scaleDetail", detail);
        report.put("usdPerMillionArticles", usd);
        report.put("pricesAsOf", Prices.AS_OF);
        if (run.hot() != null) {
            Map<String, Object> hot = new LinkedHashMap<>(run.hot().byCopy());
            report.put("hotStory", hot);
            report.put("hotStoryOutcome", Map.of("copies", run.hot().copies(), "stories", run.hot().stories(),
                    "originals", run.hot().originals(), "inMemorySeconds", run.hot().inMemorySeconds()));
        }
        report.put("boilerplate", Map.of("stories", run.boilerplate().stories(), "links", run.boilerplate().links(),
                "labels", run.boilerplate().labels()));
        notes.add("scale: dollars per million articles at on-demand list prices of " + Prices.AS_OF + ": DynamoDB $"
                + Prices.DYNAMODB_PER_WRITE_UNIT * 1e6 + "/M write units, $" + Prices.DYNAMODB_PER_READ_UNIT * 1e6
                + "/M read units (a failed conditional write billed 1 WCU); Lambda arm64 $" + Prices.LAMBDA_ARM_PER_GB_SECOND
                + "/GB-s at " + Prices.LAMBDA_MEMORY_GB + " GB over the measured fingerprint + match time, $"
                + Prices.LAMBDA_PER_REQUEST * 1e6 + "/M requests x " + Prices.LAMBDA_INVOCATIONS + "; S3 $"
                + Prices.S3_PER_PUT * 1e3 + "/1k PUT x " + Prices.S3_PUTS + ", $" + Prices.S3_PER_GET * 1e3 + "/1k GET x "
                + Prices.S3_GETS + " (the upload's own PUT not counted)");
        notes.add("scale: stored corpora hold one hot story per 100,000 articles (every 10th stored article a copy of "
                + "it, each with its own headline, trim and credit line: 90 copies at 1k, 9,990 at 100k); probes: 1/4 new, "
                + "1/4 syndicated, 1/4 spun, 1/4 a further copy of the first hot story");
        notes.add("scale: DynamoDB Local 2.6.1 in-memory (shared db) over HTTP in the bench JVM; stories loaded as decided "
                + "records (the match function's item, with fingerprint) and sampled key items, BatchWriteItem of 25 "
                + "straight into DynamoDB Local's request handler (load only); "
                + probes + " probes per size through "
                + "MatchService.process: requests/units from ReturnConsumedCapacity, S3 (upload GET, result PUT) excluded from the units, priced above");
    }

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", cpuModel());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
