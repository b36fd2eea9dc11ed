package dev.storyprint.store;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One structured JSON line per processed article, which is also a CloudWatch Embedded Metric Format
 * record (Powertools style): the log fields and the metrics (articles by label, rejects, failures,
 * latency) travel together, with no SDK call. In Lambda it prints to stdout (CloudWatch Logs);
 * elsewhere to stderr so a CLI's stdout stays clean. {@code STORYPRINT_TELEMETRY}
 * ({@code stdout|stderr|off}) overrides.
 */
public final class Telemetry {
    public static final String NAMESPACE = "storyprint";
    public static final String OUTCOME_OK = "ok";
    public static final String OUTCOME_SKIPPED = "skipped";
    public static final String OUTCOME_FAILED = "failed";

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
        if (out == null) {
            return;
        }
        out.println(line(articleId, key, label, storyId, latencyMs, outcome));
    }

    PrintStream sink() {
        return out;
    }

    String line(String articleId, String key, String label, String storyId, long latencyMs, String outcome) {
        List<Map<String, String>> metrics = List.of(metric("Articles", "Count"), metric("Rejects", "Count"),
                metric("Failures", "Count"), metric("Latency", "Milliseconds"));
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.of("function"), List.of("function", "label")));
        directive.put("Metrics", metrics);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", clock.millis());
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("_aws", aws);
        n.put("level", OUTCOME_FAILED.equals(outcome) ? "ERROR" : "INFO");
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
