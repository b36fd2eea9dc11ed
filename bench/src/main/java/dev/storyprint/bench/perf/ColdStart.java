package dev.storyprint.bench.perf;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import dev.storyprint.local.EmbeddedStack;
import dev.storyprint.local.Template;
import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.ArticlesTableSchema;
import dev.storyprint.store.Envelope;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.Config;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.S3ObjectStore;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * JVM start to first event handled, per function jar and for its baseline, against the local
 * stack (DynamoDB Local and s3proxy behind one endpoint, started here without triggers). Each
 * start is a child {@code java -cp <jar>:<bench classes> ColdStartDriver} with the template's
 * environment (including its JAVA_TOOL_OPTIONS); the time runs from process start until the
 * driver prints that the handler returned. No SnapStart here: this is the on-demand cold start.
 *
 * <p>The baseline of each function (issue 16's target: within {@link Report#TARGET_COLD_RATIO} of
 * it) is a handler that makes the same SDK calls and nothing else: the S3 GET and PUT, and one
 * request of each DynamoDB operation type the function's own start made (read from the stack's
 * router, so the two lists are compared, not assumed).
 */
public final class ColdStart {
    /** Longest one child may take before it counts as failed. */
    static final long CHILD_TIMEOUT_SECONDS = 120;
    /** Report key of a function's same-calls baseline, and its prefix in the per-start maps. */
    static final String BASELINE_SAME_IO = "baselineSameIo";
    static final String BASELINE_JAR = "bench/baseline-handler/target/storyprint-baseline-handler-lambda.jar";
    static final String BASELINE_HANDLER = "dev.storyprint.bench.baseline.BaselineHandler";
    static final String BASELINE_API_HANDLER = "dev.storyprint.bench.baseline.ApiBaselineHandler";
    /** Class-file names whose presence in the priming path means marshalling is warmed. */
    static final List<String> MARSHALLING = List.of("dev/storyprint/store/Envelope", "dev/storyprint/store/VerdictJson",
            "dev/storyprint/store/Json", "dev/storyprint/functions/api/Responses", "com/fasterxml/jackson");

    /**
     * Rounds of DynamoDB and S3 requests sent to the local stack from this JVM before any start is
     * timed. DynamoDB Local and s3proxy are Java servers compiled on demand: measured, their first
     * 96-key TransactWriteItems took 0.7-2.4 s and the tenth ~0.3 s against ~0.1 s warm, time that
     * AWS's always-warm services never add to a cold start. 24 rounds leave them near warm (~3 s).
     */
    static final int STACK_WARMUP_ROUNDS = 24;
    /** Retrieval keys per warm-up transaction: as many as a news article indexes. */
    static final int WARMUP_KEYS = 96;
    /**
     * Extra JVM options for the children, appended to the template's JAVA_TOOL_OPTIONS (profiling:
     * e.g. {@code -Xlog:class+load:file=/tmp/cold-%p.log:uptime}). Unset in reported runs.
     */
    static final String EXTRA_OPTIONS_ENV = "STORYPRINT_COLD_JVM_OPTIONS";
    /** Router operation names of S3 requests start with this; the rest are DynamoDB operations. */
    private static final String S3_OPERATION = "S3 ";

    private ColdStart() {}

    record Target(String name, Path jar, String handler, String event, String javaToolOptions) {}

    /** Medians and samples per start name (a function, or its baseline under {@link #baselineOf}). */
    private static final class Samples {
        final Map<String, List<Double>> wall = new LinkedHashMap<>();
        final Map<String, List<Double>> cpu = new LinkedHashMap<>();
        final Map<String, List<Double>> emulator = new LinkedHashMap<>();
        final Map<String, List<Double>> own = new LinkedHashMap<>();
        final Map<String, List<Double>> initAws = new LinkedHashMap<>();
        final Map<String, List<Double>> initAwsCpu = new LinkedHashMap<>();
        final Map<String, Object> operations = new LinkedHashMap<>();

        static void add(Map<String, List<Double>> m, String name, double v) {
            m.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
        }

        static Map<String, Object> medians(Map<String, List<Double>> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, median(v)));
            return out;
        }
    }

    static String baselineOf(String function) {
        return BASELINE_SAME_IO + "." + function;
    }

    public static void run(Report report, List<String> notes, Path root, int repeats, PrintStream log) throws Exception {
        Path templateFile = root.resolve("template.yaml");
        Template template = Template.load(templateFile);
        List<Target> functions = new ArrayList<>();
        Map<String, Object> jarBytes = new LinkedHashMap<>();
        Map<String, Object> priming = new LinkedHashMap<>();
        for (Template.Function f : template.functions()) {
            String name = functionName(f.handlerClass());
            Object props = template.resource(f.logicalId()).get("Properties");
            Object codeUri = props instanceof Map<?, ?> m ? m.get("CodeUri") : null;
            Path jar = codeUri == null ? null : root.resolve(codeUri.toString());
            if ((jar == null || !Files.isRegularFile(jar)) && (jar = shadedJarIn(root.resolve("functions").resolve(name))) != null) {
                notes.add("cold: " + name + ": template CodeUri " + codeUri + " does not exist; measured "
                        + root.relativize(jar) + " instead (the module's shade outputFile and the template disagree)");
            }
            if (jar == null || !Files.isRegularFile(jar)) {
                notes.add("cold: " + name + ": no jar at " + codeUri + " (build it: mvn -o package -DskipTests -pl functions/" + name + " -am)");
                jarBytes.put(name, null);
                continue;
            }
            Path newer = newerSource(jar, List.of(root.resolve("shared"), root.resolve("functions")));
            if (newer != null) {
                throw new IllegalStateException("cold: " + root.relativize(jar) + " is older than " + root.relativize(newer)
                        + ": it would time old code (./storyprint bench rebuilds the jars; by hand: ./mvnw -o package -DskipTests"
                        + " -pl functions/" + name + " -am)");
            }
            jarBytes.put(name, Files.size(jar));
            priming.put(name, primingCheck(jar, name));
            // S3-triggered, invoked by another function (named in its environment), or behind the API
            boolean invoked = template.functions().stream()
                    .anyMatch(g -> !g.logicalId().equals(f.logicalId()) && g.environment().containsValue(f.logicalId()));
            String event = !f.s3Triggers().isEmpty() ? "s3-incoming" : invoked ? "invoke" : "api";
            functions.add(new Target(name, jar, f.handlerClass(), event, f.environment().get("JAVA_TOOL_OPTIONS")));
        }
        Path baselineJar = root.resolve(BASELINE_JAR);
        if (!Files.isRegularFile(baselineJar)) {
            throw new IllegalStateException("cold: no baseline jar at " + BASELINE_JAR
                    + " (./storyprint bench builds it; by hand: ./mvnw -o package -DskipTests -pl bench/baseline-handler)");
        }
        Path newerBaseline = newerSource(baselineJar, List.of(root.resolve("bench").resolve("baseline-handler")));
        if (newerBaseline != null) {
            throw new IllegalStateException("cold: " + BASELINE_JAR + " is older than " + root.relativize(newerBaseline)
                    + " (./storyprint bench rebuilds it; by hand: ./mvnw -o package -DskipTests -pl bench/baseline-handler)");
        }
        jarBytes.put("baseline", Files.size(baselineJar));
        report.put("jarBytes", jarBytes);
        report.put("snapStartPriming", priming);
        Path driverClasses = Path.of(ColdStartDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Samples samples = new Samples();
        String tool = functions.isEmpty() ? null : functions.get(0).javaToolOptions();
        try (EmbeddedStack stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(templateFile).withoutTriggers())) {
            Map<String, String> env = new LinkedHashMap<>(stack.environment());
            env.put("AWS_ACCESS_KEY_ID", EmbeddedStack.ACCESS_KEY);
            env.put("AWS_SECRET_ACCESS_KEY", EmbeddedStack.SECRET_KEY);
            env.put("AWS_REGION", Template.LOCAL_REGION);
            Engine engine = Engine.standard();
            long warm = System.nanoTime();
            warmStack(stack);
            log.printf(Locale.ROOT, "cold: local stack warmed with %d rounds of requests in %.1f s%n", STACK_WARMUP_ROUNDS,
                    (System.nanoTime() - warm) / 1e9);
            for (int r = 0; r < repeats; r++) {
                String text = NewsText.story(300_000L + r);
                // a function, then its baseline with the DynamoDB operations the function's start made
                for (Target f : functions) {
                    Target baseline = new Target(baselineOf(f.name()), baselineJar,
                            f.event().equals("api") ? BASELINE_API_HANDLER : BASELINE_HANDLER, f.event(), f.javaToolOptions());
                    List<String> ops = once(stack, engine, f, text, r, env, Map.of(), driverClasses, samples, log);
                    List<String> dynamoOps = ops.stream().filter(o -> !o.startsWith(S3_OPERATION)).toList();
                    List<String> baselineOps = once(stack, engine, baseline, text, r, env,
                            Map.of("BASELINE_DYNAMODB_OPS", String.join(",", dynamoOps),
                                    "BASELINE_STORY_INDEX", ArticlesTableSchema.GSI_BY_STORY),
                            driverClasses, samples, log);
                    samples.operations.put(f.name(), ops);
                    samples.operations.put(baseline.name(), baselineOps);
                    if (!new java.util.TreeSet<>(ops).equals(new java.util.TreeSet<>(baselineOps))) {
                        notes.add("cold: run " + (r + 1) + ": " + f.name() + " made " + ops + " but its baseline "
                                + baselineOps + ": not the same calls");
                    }
                }
            }
        }
        Map<String, Object> wall = Samples.medians(samples.wall);
        Map<String, Object> cold = new LinkedHashMap<>();
        Map<String, Object> same = new LinkedHashMap<>();
        Map<String, Object> ratio = new LinkedHashMap<>();
        for (Target f : functions) {
            Object c = wall.get(f.name());
            Object b = wall.get(baselineOf(f.name()));
            cold.put(f.name(), c);
            same.put(f.name(), b);
            ratio.put(f.name(), c == null || b == null ? null : Math.round(1000 * ((Double) c) / (Double) b) / 1000.0);
        }
        report.put("coldStartMs", cold);
        report.put(BASELINE_SAME_IO, same);
        report.put("coldStartOverBaseline", ratio);
        report.put("coldStartSamplesMs", samples.wall);
        report.put("coldStartCpuMs", Samples.medians(samples.cpu));
        report.put("coldStartEmulatorMs", Samples.medians(samples.emulator));
        report.put("coldStartOwnMs", Samples.medians(samples.own));
        report.put("coldInitAwsMs", Samples.medians(samples.initAws));
        report.put("coldInitAwsCpuMs", Samples.medians(samples.initAwsCpu));
        report.put("coldStartOperations", samples.operations);
        String extra = System.getenv(EXTRA_OPTIONS_ENV);
        if (extra != null && !extra.isBlank()) {
            notes.add("cold: PROFILING RUN, children also ran with " + EXTRA_OPTIONS_ENV + "=" + extra + ": not comparable");
        }
        notes.add("cold: median of " + repeats + " child JVMs per jar (" + javaBin() + ", template JAVA_TOOL_OPTIONS "
                + tool + "), JVM start until the handler returned on a fresh article, against the local stack; "
                + "each function's start is followed by its baseline's (" + BASELINE_SAME_IO + ": the same SDK calls "
                + "and nothing else: S3 GET of the event's object, one request of each DynamoDB operation type the "
                + "function's start made, S3 PUT; coldStartOperations lists both); "
                + "the local stack warmed first with " + STACK_WARMUP_ROUNDS + " rounds of every DynamoDB operation of a verdict on "
                + "keys of their own (its servers compile on demand; AWS's are always warm); "
                + "SnapStart restore is not reproducible here; coldStartCpuMs = the child JVM's own CPU time at that "
                + "point (all its threads; excludes the local stack's work), steadier than wall time on a shared machine; "
                + "coldStartEmulatorMs = how long the child's requests spent inside the emulators (DynamoDB Local, s3proxy, "
                + "timed at the stack's router; they share the machine's two cores with the child), coldStartOwnMs = wall "
                + "minus that: the function's own part, what a warm AWS service (a few ms per request) would leave; "
                + "coldInitAwsMs (and its CPU) = a further child per start that only builds the handler (Lambda's init) "
                + "without the endpoint override, so region and endpoint resolution run as on AWS (no request is sent)");
    }

    /**
     * One start of {@code t} on a fresh article (its own upload, and for the match step its own
     * envelope), then its init-only start as on AWS; returns the operation types its start made.
     */
    private static List<String> once(EmbeddedStack stack, Engine engine, Target t, String text, int round,
                                     Map<String, String> env, Map<String, String> extraEnv, Path driverClasses,
                                     Samples samples, PrintStream log) throws Exception {
        String bucket = stack.bucket();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // Fresh article per start, so no function short-cuts on an already decided id.
        String key = "incoming/cold-" + t.name() + "-" + round + ".txt";
        stack.s3().putObject(b -> b.bucket(bucket).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        String id = ArticleIds.of(key, bytes);
        Path payload = null;
        if (t.event().equals("invoke")) {
            // what the fingerprint function sends: the envelope, inline
            Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
            payload = Files.createTempFile("storyprint-cold-", ".json");
            Files.write(payload, Envelope.builder().articleId(id).key(key).fingerprint(fp.encode()).build().toJson());
        }
        List<String> start = List.of(javaBin(), "-cp", t.jar() + File.pathSeparator + driverClasses,
                ColdStartDriver.class.getName(), t.handler());
        List<String> cmd = new ArrayList<>(start);
        if (t.event().equals("api")) {
            // the post's text differs per start as the upload's does: a fresh article id
            cmd.addAll(List.of("api", text + "\n\n" + t.name() + " " + round));
        } else if (payload != null) {
            cmd.addAll(List.of("invoke", payload.toString()));
        } else {
            cmd.addAll(List.of("s3", bucket, key));
        }
        Map<String, String> childEnv = new LinkedHashMap<>(env);
        childEnv.putAll(extraEnv);
        String extra = System.getenv(EXTRA_OPTIONS_ENV);
        String options = t.javaToolOptions() == null ? extra
                : extra == null || extra.isBlank() ? t.javaToolOptions() : t.javaToolOptions() + " " + extra;
        if (options != null && !options.isBlank()) {
            childEnv.put("JAVA_TOOL_OPTIONS", options);
        }
        Map<String, Long> opsBefore = stack.operationCounts();
        long emulatorBefore = stack.emulatorNanos();
        double[] msCpu;
        try {
            msCpu = startOnce(cmd, childEnv, log, t.name());
        } finally {
            if (payload != null) {
                Files.deleteIfExists(payload);
            }
        }
        // children run one at a time: the stack's time and requests in between are this child's
        double emulatorMs = (stack.emulatorNanos() - emulatorBefore) / 1e6;
        List<String> ops = new ArrayList<>();
        stack.operationCounts().forEach((op, n) -> {
            if (n > opsBefore.getOrDefault(op, 0L)) {
                ops.add(op);
            }
        });
        Samples.add(samples.wall, t.name(), msCpu[0]);
        Samples.add(samples.cpu, t.name(), msCpu[1]);
        Samples.add(samples.emulator, t.name(), emulatorMs);
        Samples.add(samples.own, t.name(), msCpu[0] - emulatorMs);
        log.printf(Locale.ROOT, "cold: %s run %d: %.0f ms (child CPU %.0f ms, emulators %.0f ms) %s%n", t.name(), round + 1,
                msCpu[0], msCpu[1], emulatorMs, ops);
        // Init alone as on AWS: no endpoint override, so region and endpoint resolution run as they
        // do there (the local runs above skip them); no request is sent.
        Map<String, String> awsEnv = new LinkedHashMap<>(childEnv);
        awsEnv.remove(Config.ENDPOINT_URL);
        List<String> init = new ArrayList<>(start);
        init.add(ColdStartDriver.INIT);
        double[] initMs = startOnce(init, awsEnv, log, t.name() + "-init");
        Samples.add(samples.initAws, t.name(), initMs[0]);
        Samples.add(samples.initAwsCpu, t.name(), initMs[1]);
        return ops;
    }

    /** A main source or pom under {@code dirs} (the modules a jar is built from) that is newer than the jar, or null. */
    static Path newerSource(Path jar, List<Path> dirs) throws IOException {
        FileTime built = Files.getLastModifiedTime(jar);
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                Optional<Path> newer = files
                        .filter(p -> p.toString().contains("/src/main/") || p.getFileName().toString().equals("pom.xml"))
                        .filter(Files::isRegularFile)
                        .filter(p -> {
                            try {
                                return Files.getLastModifiedTime(p).compareTo(built) > 0;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .findFirst();
                if (newer.isPresent()) {
                    return newer.get();
                }
            }
        }
        return null;
    }

    /**
     * Every DynamoDB operation of a verdict (and an S3 put and get) on records and keys of their own:
     * random 64-bit retrieval keys share no posting list with the measured articles, so the measured
     * starts find the same candidates as without the warm-up.
     */
    static void warmStack(EmbeddedStack stack) {
        Map<String, String> env = stack.environment();
        CapacityMeter meter = new CapacityMeter();
        DynamoArticleRepository articles = new DynamoArticleRepository(stack.dynamo(), env.get(Config.ARTICLES_TABLE),
                env.get(Config.SIGNATURES_TABLE), meter);
        DynamoSignatureIndex index = new DynamoSignatureIndex(stack.dynamo(), env.get(Config.SIGNATURES_TABLE), meter);
        S3ObjectStore objects = new S3ObjectStore(stack.s3(), stack.bucket());
        SplittableRandom random = new SplittableRandom(STACK_WARMUP_ROUNDS);
        for (int i = 0; i < STACK_WARMUP_ROUNDS; i++) {
            long[] keys = random.longs(WARMUP_KEYS).toArray();
            String id = String.format(Locale.ROOT, "%020x", random.nextLong() & Long.MAX_VALUE).substring(0, 20);
            byte[] envelope = Envelope.builder().articleId(id).key("incoming/warm-up-" + i + ".txt").fingerprint(new byte[] {0})
                    .build().toJson();
            objects.put(StorageLayout.DEFAULT.resultKey(id), envelope, "application/json");
            objects.get(StorageLayout.DEFAULT.resultKey(id));
            ArticleRecord record = articles.putIfAbsent(ArticleRecord.pending(Envelope.fromJson(envelope)));
            index.add(id, keys);
            articles.assignArrivalSeq(id);
            index.lookup(keys);
            articles.findAll(List.of(id));
            articles.find(id);
            articles.story(id, 1);
            articles.saveVerdict(record.withVerdict(Verdict.builder().articleId(id).label(Label.ORIGINAL).storyId(id)
                    .confidence(1.0).scores(Scores.NONE).evidence(Evidence.none("warm-up")).key(record.objectKey())
                    .decidedAt(Instant.now()).build()));
        }
    }

    private static Double median(List<Double> v) {
        double[] ok = v.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
        return ok.length == 0 ? null : ok[ok.length / 2];
    }

    /** The largest jar in the module's target: the shaded one. */
    static Path shadedJarIn(Path module) throws IOException {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (var files = Files.list(target)) {
            return files.filter(p -> p.toString().endsWith(".jar") && !p.getFileName().toString().startsWith("original-"))
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElse(null);
        }
    }

    static String functionName(String handlerClass) {
        Matcher m = Pattern.compile("dev\\.storyprint\\.functions\\.([a-z]+)\\.").matcher(handlerClass);
        return m.find() ? m.group(1) : handlerClass.substring(handlerClass.lastIndexOf('.') + 1);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Milliseconds from process start to the driver's line, and the child's CPU ms; NaN when the child failed. */
    static double[] startOnce(List<String> cmd, Map<String, String> env, PrintStream log, String name) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Path err = Files.createTempFile("cold-" + name, ".err");
        pb.redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        double ms = Double.NaN;
        double cpu = Double.NaN;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(ColdStartDriver.DONE)) {
                    ms = (System.nanoTime() - t0) / 1e6;
                } else if (line.startsWith(ColdStartDriver.CPU + " ")) {
                    cpu = Double.parseDouble(line.substring(ColdStartDriver.CPU.length() + 1).trim());
                }
            }
        }
        if (!p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (Double.isNaN(ms)) {
            List<String> lines = Files.readAllLines(err);
            log.println("cold: " + name + " failed; stderr tail:");
            lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> log.println("  " + l));
        }
        Files.deleteIfExists(err);
        return new double[] {ms, Double.isNaN(ms) ? Double.NaN : cpu};
    }

    /**
     * Static check of SnapStart priming in a function jar: a class of the function's package that
     * implements org.crac.Resource (beforeCheckpoint) and is registered with org.crac.Core, whose
     * priming path (classes it names, two hops within dev/storyprint) reaches the engine and JSON
     * marshalling.
     */
    static Map<String, Object> primingCheck(Path jar, String function) throws IOException {
        String pkg = "dev/storyprint/functions/" + function + "/";
        Map<String, String> pools = new LinkedHashMap<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(jf.entries())) {
                if (e.getName().startsWith("dev/storyprint/") && e.getName().endsWith(".class")) {
                    try (InputStream in = jf.getInputStream(e)) {
                        pools.put(e.getName().substring(0, e.getName().length() - ".class".length()),
                                new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        List<String> resources = new ArrayList<>();
        boolean registered = false;
        for (Map.Entry<String, String> c : pools.entrySet()) {
            if (!c.getKey().startsWith(pkg)) {
                continue;
            }
            if (c.getValue().contains("org/crac/Resource") && c.getValue().contains("beforeCheckpoint")) {
                resources.add(c.getKey());
            }
            if (c.getValue().contains("org/crac/Core") && c.getValue().contains("register")) {
                registered = true;
            }
        }
        Set<String> reach = new HashSet<>(resources);
        for (int hop = 0; hop < 2; hop++) {
            Set<String> next = new HashSet<>(reach);
            for (String cls : reach) {
                String pool = pools.getOrDefault(cls, "");
                for (String other : pools.keySet()) {
                    if (pool.contains(other)) {
                        next.add(other);
                    }
                }
            }
            reach = next;
        }
        String joined = String.join("\n", reach.stream().map(c -> pools.getOrDefault(c, "")).toList());
        boolean engine = joined.contains("dev/storyprint/engine/Engine");
        boolean marshalling = MARSHALLING.stream().anyMatch(joined::contains);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("resourceClasses", resources.stream().map(s -> s.replace('/', '.')).sorted().toList());
        out.put("registeredWithCore", registered);
        out.put("warmsEngine", engine);
        out.put("warmsMarshalling", marshalling);
        out.put("ok", !resources.isEmpty() && registered && engine && marshalling);
        return out;
    }
}
