package dev.storyprint.local.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyprint.local.Logs;
import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One line per processed article, whichever way it came in (an upload or an API post): watches the
 * results prefix and prints each new or rewritten verdict (a rewrite is a relabel).
 */
final class ResultLog implements AutoCloseable {
    /** How often the results prefix is listed: quick enough to follow an upload by eye. */
    static final long POLL_MILLIS = 500;
    private static final ObjectMapper JSON = dev.storyprint.store.Json.MAPPER;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final PrintStream out;
    private final Map<String, String> seen = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "result-log");
        t.setDaemon(true);
        return t;
    });

    ResultLog(S3Client s3, String bucket, String prefix, PrintStream out) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.out = out;
    }

    /** Verdicts already stored (a --data-dir from an earlier run) are not printed again. */
    ResultLog start() {
        scan(false);
        timer.scheduleWithFixedDelay(() -> scan(true), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    int known() {
        return seen.size();
    }

    private void scan(boolean print) {
        try {
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                String before = seen.put(o.key(), o.eTag());
                if (print && !o.eTag().equals(before)) {
                    print(o.key(), before != null);
                }
            }
        } catch (RuntimeException e) {
            Logs.info("result log: " + e.getMessage());
        }
    }

    private void print(String key, boolean rewritten) {
        JsonNode v;
        try {
            v = JSON.readTree(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (Exception e) {
            Logs.info("result log: cannot read " + key + ": " + e.getMessage());
            return;
        }
        out.println(line(v, rewritten));
    }

    /** {@code 12:00:01 syndicated 3f2a... story=9c1e... of=9c1e... conf=0.97 incoming/x.txt}. */
    static String line(JsonNode v, boolean rewritten) {
        StringBuilder sb = new StringBuilder();
        sb.append(LocalTime.now().truncatedTo(ChronoUnit.SECONDS)).append(' ');
        sb.append(String.format("%-10s", text(v, "label"))).append(' ').append(text(v, "articleId"));
        if (v.hasNonNull("storyId")) {
            sb.append(" story=").append(text(v, "storyId"));
        }
        if (v.hasNonNull("matchedArticleId")) {
            sb.append(" of=").append(text(v, "matchedArticleId"));
        }
        if (v.hasNonNull("reason")) {
            sb.append(" reason=\"").append(text(v, "reason")).append('"');
        } else if (v.has("confidence")) {
            sb.append(" confidence=").append(v.get("confidence").asText());
        }
        sb.append(' ').append(v.hasNonNull("key") ? text(v, "key") : "(api)");
        if (rewritten) {
            sb.append(" relabelled");
        }
        return sb.toString();
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
