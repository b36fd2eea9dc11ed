package dev.storyprint.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.text.Limits;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.aws.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What a stack over a data dir does before taking new events: finds the work a crash (kill -9) or
 * a stop before the queue drained left undone, and hands it to the functions as S3 would have:
 * every upload without a result goes to the fingerprint step again, oldest first (arrival order
 * decides between equal copies), which sends it on to the match step. An invocation of the match
 * step that was queued in memory when the process died is redone that way too. Both steps are
 * idempotent, so an event that had run halfway runs again safely. Uploads with a failure record
 * are left to {@code storyprint replay}.
 */
final class Recovery {
    private final EmbeddedStack stack;
    private final Path failures;

    Recovery(EmbeddedStack stack, Path failures) {
        this.stack = stack;
        this.failures = failures;
    }

    /** Hands the undone work to the stack's triggers; returns how many uploads it re-announced. */
    int run() throws IOException {
        StorageLayout layout = new StorageLayout(stack.environment().get(Config.INCOMING_PREFIX),
                stack.environment().get(Config.RESULTS_PREFIX));
        String bucket = stack.bucket();
        Set<String> results = new HashSet<>();
        for (S3Object o : list(bucket, layout.resultsPrefix())) {
            results.add(o.key());
        }
        Set<String> failed = failedKeys();
        List<S3Object> undone = new ArrayList<>();
        for (S3Object o : list(bucket, layout.incomingPrefix())) {
            if (!layout.isIncoming(o.key()) || failed.contains(o.key())) {
                continue;
            }
            if (!results.contains(layout.resultKey(articleId(bucket, o)))) {
                undone.add(o);
            }
        }
        undone.sort(Comparator.comparing(S3Object::lastModified).thenComparing(S3Object::key));
        for (S3Object o : undone) {
            stack.announce(bucket, o.key(), o.size(), o.eTag() == null ? "" : o.eTag().replace("\"", ""));
        }
        return undone.size();
    }

    /** The id the fingerprint step gives the upload (its size alone when over the limit, as there). */
    private String articleId(String bucket, S3Object o) {
        if (o.size() > Limits.MAX_DOCUMENT_BYTES) {
            return ArticleIds.ofOversize(o.key(), o.size());
        }
        return ArticleIds.of(o.key(), stack.s3().getObjectAsBytes(b -> b.bucket(bucket).key(o.key())).asByteArray());
    }

    private List<S3Object> list(String bucket, String prefix) {
        List<S3Object> out = new ArrayList<>();
        stack.s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().forEach(out::add);
        return out;
    }

    /** Event keys of the failure records waiting for replay. */
    private Set<String> failedKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        if (!Files.isDirectory(failures)) {
            return keys;
        }
        try (Stream<Path> records = Files.list(failures)) {
            for (Path r : records.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                JsonNode key = Json.read(Files.readAllBytes(r)).path("event").path("key");
                if (key.isTextual()) {
                    keys.add(key.asText());
                }
            }
        }
        return keys;
    }
}
