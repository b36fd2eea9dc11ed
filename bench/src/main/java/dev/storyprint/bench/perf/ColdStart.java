package dev.storyprint.bench.perf;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.local.EmbeddedStack;
import dev.storyprint.local.Template;
import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.ArticleRecord;
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
import java.io.UncheckedIOException;
import java.io.PrintStream;
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
 * JVM start to first event handled, per function jar and for the baseline jar, against the local
 * stack (DynamoDB Local and s3proxy behind one endpoint, started here without triggers). Each
 * start is a child {@code java -cp <jar>:<bench classes> ColdStartDriver} with the template's
 * environment (including its JAVA_TOOL_OPTIONS); the time runs from process start until the
 * driver prints that the handler returned. No SnapStart here: this is the on-demand cold start.
 */
public final class ColdStart {
    /** Longest one child may take before it counts as failed. */
    static final long CHILD_TIMEOUT_SECONDS = 120;
    static final String BASELINE = "baseline";
    /** Baseline that also reads the triggering object once (first SDK request included). */
    static final String BASELINE_FIRST_CALL = "baselineFirstCall";
    static final String BASELINE_JAR = "bench/baseline-handler/target/storyprint-baseline-handler-lambda.jar";
    static final String BASELINE_HANDLER = "dev.storyprint.bench.baseline.BaselineHandler";
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

    private ColdStart() {}

    record Target(String name, Path jar, String handler, String event, String javaToolOptions) {}

    public static void run(Report report, List<String> notes, Path root, int repeats, PrintStream log) throws Exception {
        Path templateFile = root.resolve("template.yaml");
        Template template = Template.load(templateFile);
        List<Target> targets = new ArrayList<>();
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
            String event = f.s3Triggers().isEmpty() ? "api"
                    : f.s3Triggers().get(0).prefix() != null && f.s3Triggers().get(0).prefix().startsWith("fingerprints") ? "s3-fingerprint" : "s3-incoming";
            targets.add(new Target(name, jar, f.handlerClass(), event, f.environment().get("JAVA_TOOL_OPTIONS")));
        }
        Path baselineJar = root.resolve(BASELINE_JAR);
        String tool = targets.isEmpty() ? null : targets.get(0).javaToolOptions();
        if (Files.isRegularFile(baselineJar)) {
            Path newer = newerSource(baselineJar, List.of(root.resolve("bench").resolve("baseline-handler")));
            if (newer != null) {
                throw new IllegalStateException("cold: " + BASELINE_JAR + " is older than " + root.relativize(newer)
                        + " (./storyprint bench rebuilds it; by hand: ./mvnw -o package -DskipTests -pl bench/baseline-handler)");
            }
            jarBytes.put(BASELINE, Files.size(baselineJar));
            targets.add(0, new Target(BASELINE, baselineJar, BASELINE_HANDLER, "s3-incoming", tool));
            targets.add(new Target(BASELINE_FIRST_CALL, baselineJar, BASELINE_HANDLER, "s3-incoming", tool));
        } else {
            notes.add("cold: no baseline jar at " + BASELINE_JAR + " (mvn -o package -DskipTests -pl bench/baseline-handler)");
        }
        report.put("jarBytes", jarBytes);
        report.put("snapStartPriming", priming);
        Path driverClasses = Path.of(ColdStartDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        Map<String, List<Double>> cpuSamples = new LinkedHashMap<>();
        Map<String, List<Double>> emulatorSamples = new LinkedHashMap<>();
        Map<String, List<Double>> ownSamples = new LinkedHashMap<>();
        Map<String, List<Double>> initSamples = new LinkedHashMap<>();
        Map<String, List<Double>> initCpuSamples = new LinkedHashMap<>();
        Map<String, Object> cold = new LinkedHashMap<>();
        Map<String, Object> coldCpu = new LinkedHashMap<>();
        try (EmbeddedStack stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(templateFile).withoutTriggers())) {
            Map<String, String> env = new LinkedHashMap<>(stack.environment());
            env.put("AWS_ACCESS_KEY_ID", EmbeddedStack.ACCESS_KEY);
            env.put("AWS_SECRET_ACCESS_KEY", EmbeddedStack.SECRET_KEY);
            env.put("AWS_REGION", Template.LOCAL_REGION);
            Engine engine = Engine.standard();
            String bucket = stack.bucket();
            long warm = System.nanoTime();
            warmStack(stack);
            log.printf(Locale.ROOT, "cold: local stack warmed with %d rounds of requests in %.1f s%n", STACK_WARMUP_ROUNDS,
                    (System.nanoTime() - warm) / 1e9);
            for (int r = 0; r < repeats; r++) {
                String text = NewsText.story(300_000L + r);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                for (Target t : targets) {
                    // Fresh article per start, so no function short-cuts on an already decided id.
                    String key = "incoming/cold-" + t.name() + "-" + r + ".txt";
                    stack.s3().putObject(b -> b.bucket(bucket).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
                    String id = ArticleIds.of(key, bytes);
                    String eventKey = key;
                    if (t.event().equals("s3-fingerprint")) {
                        Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
                        eventKey = StorageLayout.DEFAULT.fingerprintKey(id);
                        byte[] envelope = new Envelope(id, key, null, null, null, null, fp.encode(), null, null).toJson();
                        stack.s3().putObject(b -> b.bucket(bucket).key(StorageLayout.DEFAULT.fingerprintKey(id))
                                .contentType("application/json"), RequestBody.fromBytes(envelope));
                    }
                    List<String> start = List.of(javaBin(), "-cp", t.jar() + File.pathSeparator + driverClasses,
                            ColdStartDriver.class.getName(), t.handler());
                    List<String> cmd = new ArrayList<>(start);
                    if (t.event().equals("api")) {
                        cmd.addAll(List.of("api", text));
                    } else {
                        cmd.addAll(List.of("s3", bucket, eventKey));
                    }
                    Map<String, String> childEnv = new LinkedHashMap<>(env);
                    String extra = System.getenv(EXTRA_OPTIONS_ENV);
                    String options = t.javaToolOptions() == null ? extra
                            : extra == null || extra.isBlank() ? t.javaToolOptions() : t.javaToolOptions() + " " + extra;
                    if (options != null && !options.isBlank()) {
                        childEnv.put("JAVA_TOOL_OPTIONS", options);
                    }
                    if (t.name().equals(BASELINE_FIRST_CALL)) {
                        childEnv.put("BASELINE_FIRST_CALL", "1");
                    }
                    long emulatorBefore = stack.emulatorNanos();
                    double[] msCpu = startOnce(cmd, childEnv, log, t.name());
                    // children run one at a time: the stack's time in between is this child's waiting
                    double emulatorMs = (stack.emulatorNanos() - emulatorBefore) / 1e6;
                    samples.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(msCpu[0]);
                    cpuSamples.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(msCpu[1]);
                    emulatorSamples.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(emulatorMs);
                    ownSamples.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(msCpu[0] - emulatorMs);
                    log.printf(Locale.ROOT, "cold: %s run %d: %.0f ms (child CPU %.0f ms, emulators %.0f ms)%n", t.name(), r + 1,
                            msCpu[0], msCpu[1], emulatorMs);
                    if (!t.name().equals(BASELINE_FIRST_CALL)) {
                        // Init alone as on AWS: no endpoint override, so region and endpoint resolution run
                        // as they do there (the local runs above skip them); no request is sent.
                        Map<String, String> awsEnv = new LinkedHashMap<>(childEnv);
                        awsEnv.remove(Config.ENDPOINT_URL);
                        List<String> init = new ArrayList<>(start);
                        init.add(ColdStartDriver.INIT);
                        double[] initMs = startOnce(init, awsEnv, log, t.name() + "-init");
                        initSamples.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(initMs[0]);
                        initCpuSamples.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(initMs[1]);
                    }
                }
            }
        }
        samples.forEach((k, v) -> cold.put(k, median(v)));
        cpuSamples.forEach((k, v) -> coldCpu.put(k, median(v)));
        Map<String, Object> coldEmulator = new LinkedHashMap<>();
        Map<String, Object> coldOwn = new LinkedHashMap<>();
        emulatorSamples.forEach((k, v) -> coldEmulator.put(k, median(v)));
        ownSamples.forEach((k, v) -> coldOwn.put(k, median(v)));
        for (String k : jarBytes.keySet()) {
            cold.putIfAbsent(k, null);
        }
        report.put("coldStartMs", cold);
        report.put("coldStartSamplesMs", samples);
        report.put("coldStartCpuMs", coldCpu);
        report.put("coldStartEmulatorMs", coldEmulator);
        report.put("coldStartOwnMs", coldOwn);
        Map<String, Object> initAws = new LinkedHashMap<>();
        Map<String, Object> initAwsCpu = new LinkedHashMap<>();
        initSamples.forEach((k, v) -> initAws.put(k, median(v)));
        initCpuSamples.forEach((k, v) -> initAwsCpu.put(k, median(v)));
        report.put("coldInitAwsMs", initAws);
        report.put("coldInitAwsCpuMs", initAwsCpu);
        String extra = System.getenv(EXTRA_OPTIONS_ENV);
        if (extra != null && !extra.isBlank()) {
            notes.add("cold: PROFILING RUN, children also ran with " + EXTRA_OPTIONS_ENV + "=" + extra + ": not comparable");
        }
        notes.add("cold: median of " + repeats + " child JVMs per jar (" + javaBin() + ", template JAVA_TOOL_OPTIONS "
                + tool + "), JVM start until the handler returned on a fresh article, against the local stack; "
                + "the local stack warmed first with " + STACK_WARMUP_ROUNDS + " rounds of every DynamoDB operation of a verdict on "
                + "keys of their own (its servers compile on demand; AWS's are always warm); "
                + "baseline builds the same S3 and DynamoDB clients only, baselineFirstCall also GETs the object; "
                + "SnapStart restore is not reproducible here; coldStartCpuMs = the child JVM's own CPU time at that "
                + "point (all its threads; excludes the local stack's work), steadier than wall time on a shared machine; "
                + "coldStartEmulatorMs = how long the child's requests spent inside the emulators (DynamoDB Local, s3proxy, "
                + "timed at the stack's router; they share the machine's two cores with the child), coldStartOwnMs = wall "
                + "minus that: the function's own part, what a warm AWS service (a few ms per request) would leave; "
                + "coldInitAwsMs (and its CPU) = a further child per start that only builds the handler (Lambda's init) "
                + "without the endpoint override, so region and endpoint resolution run as on AWS (no request is sent)");
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
            byte[] envelope = new Envelope(id, "incoming/warm-up-" + i + ".txt", null, null, null, null, new byte[] {0}, null, null).toJson();
            objects.put(StorageLayout.DEFAULT.fingerprintKey(id), envelope, "application/json");
            objects.get(StorageLayout.DEFAULT.fingerprintKey(id));
            ArticleRecord record = articles.putIfAbsent(ArticleRecord.pending(Envelope.fromJson(envelope)));
            index.add(id, keys);
            articles.assignArrivalSeq(id);
            index.lookup(keys);
            articles.findAll(List.of(id));
            articles.find(id);
            articles.story(id, 1);
            articles.saveVerdict(record.withVerdict(new Verdict(id, Label.ORIGINAL, id, null, 1.0, Scores.NONE,
                    Evidence.none("warm-up"), null, record.objectKey(), null, null, null, null, Instant.now(), List.of())));
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
