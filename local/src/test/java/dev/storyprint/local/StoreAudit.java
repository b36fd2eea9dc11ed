package dev.storyprint.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.store.ArticlesTableSchema;
import dev.storyprint.store.SignaturesTableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads back everything the pipeline stored on an {@link EmbeddedStack} and lists what breaks
 * "every article ends with one verdict": one results/ object and one final record per article,
 * results matching records, every copy naming a decided article of its story, no index entry
 * pointing at an article without a final verdict.
 */
final class StoreAudit {
    final Map<String, JsonNode> results = new HashMap<>();
    final Map<String, Map<String, AttributeValue>> records = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    /** Copies outside the story of what they name, and stories with two originals (kept apart: see HandlerFuzzTest). */
    final List<String> storyProblems = new ArrayList<>();
    int signatureEntries;

    private StoreAudit() {}

    static StoreAudit of(EmbeddedStack stack) {
        return FaultInjector.bypass(() -> new StoreAudit().read(stack));
    }

    private StoreAudit read(EmbeddedStack stack) {
        Map<String, String> env = stack.environment();
        String bucket = stack.bucket();
        for (S3Object o : stack.s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(env.get("RESULTS_PREFIX")))
                .contents()) {
            JsonNode v = Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(bucket).key(o.key())).asByteArray());
            String id = v.get("articleId").asText();
            if (!o.key().equals(env.get("RESULTS_PREFIX") + id + ".json")) {
                problems.add("result " + o.key() + " holds article " + id);
            }
            results.put(id, v);
        }
        stack.dynamo().scanPaginator(b -> b.tableName(env.get("ARTICLES_TABLE"))).items()
                .forEach(i -> records.put(i.get(ArticlesTableSchema.PARTITION_KEY).s(), i));
        for (var item : stack.dynamo().scanPaginator(b -> b.tableName(env.get("SIGNATURES_TABLE"))).items()) {
            String sig = item.get(SignaturesTableSchema.PARTITION_KEY).s();
            if (sig.equals(SignaturesTableSchema.ARRIVAL_COUNTER_KEY) || !item.containsKey(SignaturesTableSchema.REPRESENTATIVE_IDS)) {
                continue;
            }
            for (String id : item.get(SignaturesTableSchema.REPRESENTATIVE_IDS).ss()) {
                signatureEntries++;
                Map<String, AttributeValue> r = records.get(id);
                if (r == null || !ArticlesTableSchema.STATUS_FINAL.equals(r.get(ArticlesTableSchema.STATUS).s())) {
                    problems.add("orphaned index entry " + sig + " -> " + id + (r == null ? " (no record)" : " (pending)"));
                }
            }
        }
        check();
        return this;
    }

    private void check() {
        Set<String> stories = new HashSet<>();
        for (var e : records.entrySet()) {
            String id = e.getKey();
            var r = e.getValue();
            if (!ArticlesTableSchema.STATUS_FINAL.equals(r.get(ArticlesTableSchema.STATUS).s())) {
                problems.add("article " + id + " left " + r.get(ArticlesTableSchema.STATUS).s());
                continue;
            }
            JsonNode v = results.get(id);
            if (v == null) {
                problems.add("article " + id + " has no results/ object");
                continue;
            }
            String label = r.get(ArticlesTableSchema.LABEL).s();
            if (!label.equals(v.get("label").asText())) {
                problems.add("article " + id + ": record says " + label + ", results/ says " + v.get("label").asText());
            }
            if (label.equals("original")) {
                if (!stories.add(v.get("storyId").asText())) {
                    storyProblems.add("story " + v.get("storyId").asText() + " has two originals");
                }
            } else if (!label.equals("rejected")) {
                String matched = v.path("matchedArticleId").asText(null);
                JsonNode source = matched == null ? null : results.get(matched);
                if (source == null) {
                    problems.add("copy " + id + " names " + matched + ", which has no verdict");
                } else if (!source.get("storyId").asText().equals(v.get("storyId").asText())) {
                    storyProblems.add("copy " + id + " is not in the story of " + matched);
                }
            }
        }
        for (String id : results.keySet()) {
            if (!records.containsKey(id)) {
                problems.add("results/ object " + id + " without an article record");
            }
        }
    }

    /** Both lists. */
    List<String> all() {
        List<String> out = new ArrayList<>(problems);
        out.addAll(storyProblems);
        return out;
    }

    /** The article's final label as results/ states it. */
    String label(String articleId) {
        JsonNode v = results.get(articleId);
        return v == null ? null : v.get("label").asText();
    }
}
