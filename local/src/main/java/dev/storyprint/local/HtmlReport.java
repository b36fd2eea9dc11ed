package dev.storyprint.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.Engine;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.S3ObjectStore;
import dev.storyprint.store.report.ReportPage;
import dev.storyprint.store.report.StoryReports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code classify --html FILE}: the stories of a batch as one self-contained page (see {@link ReportPage}). */
final class HtmlReport {
    private HtmlReport() {}

    /** Reads the stories the verdicts name from the stack's stores and writes them to {@code file}. */
    static void write(EmbeddedStack stack, List<JsonNode> verdicts, Path file, PrintStream err) throws IOException {
        Set<String> stories = new LinkedHashSet<>();
        for (JsonNode v : verdicts) {
            if (v != null && v.hasNonNull("storyId")) {
                stories.add(v.get("storyId").asText());
            }
        }
        long start = System.nanoTime();
        Map<String, Object> doc = new LinkedHashMap<>(reports(stack).bundleDocument(stories));
        doc.put("generatedAt", Instant.now().toString());
        String html = ReportPage.html("storyprint: " + stories.size() + (stories.size() == 1 ? " story" : " stories"),
                doc, ReportPage.Mode.BUNDLE);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
        err.printf(java.util.Locale.ROOT, "storyprint: %d stor%s written to %s (%,d bytes, %d ms); open it in a browser%n",
                stories.size(), stories.size() == 1 ? "y" : "ies", file, html.getBytes(StandardCharsets.UTF_8).length,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The report service over the stack's table and bucket, as the API function builds it in AWS. */
    static StoryReports reports(EmbeddedStack stack) {
        Map<String, String> env = stack.environment();
        DynamoArticleRepository articles = new DynamoArticleRepository(stack.dynamo(), env.get("ARTICLES_TABLE"),
                env.get("SIGNATURES_TABLE"), new CapacityMeter());
        return new StoryReports(Engine.standard(), articles, new S3ObjectStore(stack.s3(), stack.bucket()));
    }
}
