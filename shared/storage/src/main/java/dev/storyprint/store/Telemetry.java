package dev.storyprint.store;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One structured JSON line per processed article, which is also a CloudWatch Embedded Metric Format
 * record (Powertools style): the log fields and the metrics (articles by label, rejects, failures,
 * latency) travel together, with no SDK call. The line carries its invocation in Powertools' field
 * names ({@code function_request_id}, {@code cold_start}, {@code function_name}, ...), so one
 * article can be followed through CloudWatch (the HTTP API's access log names the same request
 * id). In Lambda it prints to stdout (CloudWatch Logs);
 * elsewhere to stderr so a CLI's stdout stays clean. {@code STORYPRINT_TELEMETRY}
 * ({@code stdout|stderr|off}) overrides.
 */
public final class Telemetry implements MatchEvents {
    public static final String NAMESPACE = "storyprint";
    public static final String OUTCOME_OK = "ok";
    public static final String OUTCOME_SKIPPED = "skipped";
    public static final String OUTCOME_FAILED = "failed";
    /** Powertools' {@code service} field. */
    public static final String SERVICE = "storyprint";

    /** Functions that have handled an event in this process: the next one of another is its cold start. */
    private static final Set<String> WARM = ConcurrentHashMap.newKeySet();

    /**
     * The invocation a line belongs to: what Lambda's context says of it, whether it is the first
     * of its function in this process (a cold start, also the first after a SnapStart restore:
     * priming runs no handler), and the X-Ray trace id when Lambda passes one.
     */
    public record Invocation(String requestId, boolean coldStart, String functionName, String functionVersion,
                             String functionArn, int memoryMb, String traceId) {
        /** Outside Lambda (tests, tools): no invocation fields are written. */
        public static final Invocation NONE = new Invocation(null, false, null, null, null, 0, null);

        /** Called once per event by a handler of {@code function}. */
        public static Invocation start(String function, String requestId, String functionName, String functionVersion,
                                       String functionArn, int memoryMb) {
            return new Invocation(requestId, WARM.add(function), functionName, functionVersion, functionArn, memoryMb,
                    currentTraceId());
        }

        /** The Root of the trace header Lambda sets per invocation (a system property in Java). */
        private static String currentTraceId() {
            String header = System.getProperty("com.amazonaws.xray.traceHeader");
            if (header == null) {
                header = System.getenv("_X_AMZN_TRACE_ID");
            }
            if (header == null) {
                return null;
            }
            for (String part : header.split(";")) {
                if (part.startsWith("Root=")) {
                    return part.substring("Root=".length());
                }
            }
            return null;
        }
    }

    private final String function;
    private final PrintStream out;
    private final Clock clock;

    public Telemetry(String function, PrintStream out, Clock clock) {
        this.function = Objects.requireNonNull(function, "function");
        this.out = out;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sink chosen from the environment (variable, then system property), see the class comment. */
    public static Telemetry forFunction(String function) {
        return forFunction(function, name -> {
            String v = System.getenv(name);
            return v != null ? v : System.getProperty(name);
        });
    }

    public static Telemetry forFunction(String function, Function<String, String> env) {
        String mode = env.apply("STORYPRINT_TELEMETRY");
        if (mode == null) {
            mode = env.apply("AWS_LAMBDA_FUNCTION_NAME") != null ? "stdout" : "stderr";
        }
        PrintStream out = switch (mode.toLowerCase(Locale.ROOT)) {
            case "stdout" -> System.out;
            case "off" -> null;
            default -> System.err;
        };
        return new Telemetry(function, out, Clock.systemUTC());
    }

    /** Records one article; {@code label} is null when processing failed or was skipped. */
    public void article(String articleId, String key, String label, String storyId, long latencyMs, String outcome) {
        article(Invocation.NONE, articleId, key, label, storyId, latencyMs, outcome);
    }

    /** As {@link #article(String, String, String, String, long, String)}, within {@code invocation}. */
    public void article(Invocation invocation, String articleId, String key, String label, String storyId, long latencyMs,
                        String outcome) {
        if (out == null) {
            return;
        }
        out.println(line(invocation, articleId, key, label, storyId, latencyMs, outcome));
    }

    /** One line per protocol event of the match step (wait, race, merge), beside the article lines. */
    @Override
    public void event(String kind, String articleId, Map<String, Object> details) {
        if (out == null) {
            return;
        }
        out.println(eventLine(kind, articleId, details));
    }

    String eventLine(String kind, String articleId, Map<String, Object> details) {
        long now = clock.millis();
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("level", "INFO");
        n.put("message", function + " " + kind + (articleId == null ? "" : " " + articleId));
        n.put("timestamp", Instant.ofEpochMilli(now).toString());
        n.put("service", SERVICE);
        n.put("function", function);
        n.put("event", kind);
        n.put("articleId", articleId);
        new TreeMap<>(details).forEach(n::putIfAbsent);
        return Json.write(n);
    }

    PrintStream sink() {
        return out;
    }

    String line(String articleId, String key, String label, String storyId, long latencyMs, String outcome) {
        return line(Invocation.NONE, articleId, key, label, storyId, latencyMs, outcome);
    }

    String line(Invocation inv, String articleId, String key, String label, String storyId, long latencyMs,
                String outcome) {
        List<Map<String, String>> metrics = List.of(metric("Articles", "Count"), metric("Rejects", "Count"),
                metric("Failures", "Count"), metric("Latency", "Milliseconds"));
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.of("function"), List.of("function", "label")));
        directive.put("Metrics", metrics);
        Map<String, Object> aws = new LinkedHashMap<>();
        long now = clock.millis();
        aws.put("Timestamp", now);
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("_aws", aws);
        n.put("level", OUTCOME_FAILED.equals(outcome) ? "ERROR" : "INFO");
        n.put("message", function + " " + outcome + (articleId == null ? "" : " " + articleId)
                + (label == null ? "" : " " + label));
        n.put("timestamp", Instant.ofEpochMilli(now).toString());
        n.put("service", SERVICE);
        if (inv.requestId() != null) {
            n.put("cold_start", inv.coldStart());
            n.put("function_name", inv.functionName());
            n.put("function_version", inv.functionVersion());
            n.put("function_arn", inv.functionArn());
            n.put("function_memory_size", inv.memoryMb());
            n.put("function_request_id", inv.requestId());
            if (inv.traceId() != null) {
                n.put("xray_trace_id", inv.traceId());
            }
        }
        n.put("function", function);
        n.put("label", label == null ? "none" : label);
        n.put("Articles", OUTCOME_OK.equals(outcome) ? 1 : 0);
        n.put("Rejects", "rejected".equals(label) ? 1 : 0);
        n.put("Failures", OUTCOME_FAILED.equals(outcome) ? 1 : 0);
        n.put("Latency", latencyMs);
        n.put("articleId", articleId);
        n.put("key", key);
        n.put("storyId", storyId);
        n.put("latencyMs", latencyMs);
        n.put("outcome", outcome);
        return Json.write(n);
    }

    private static Map<String, String> metric(String name, String unit) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Name", name);
        m.put("Unit", unit);
        return m;
    }
}
