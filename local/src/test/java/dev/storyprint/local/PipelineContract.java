package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * What the deployed pipeline must do, checked through the real SDK against a stack that runs the
 * real handlers: an upload under incoming/ ends as a verdict under results/. Subclasses supply the
 * stack (embedded here; LocalStack where Docker runs). The seeds test runs first, on empty stores.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PipelineContract {
    /** How often a pending result is looked for. */
    private static final long POLL_MILLIS = 50;
    private static final Set<String> LABELS = Set.of("original", "syndicated", "spun", "rejected");

    /** The stack under test, as the contract sees it. */
    interface Stack {
        S3Client s3();

        String bucket();

        String incomingPrefix();

        String resultsPrefix();

        /** Upper bound for one article's trip through the pipeline: a hang, not a slow run. */
        long resultTimeoutMillis();
    }

    protected abstract Stack stack();

    @Test
    @Order(1)
    void seedsInFileOrderComeOutAsExpected() throws Exception {
        Path seeds = Path.of(System.getProperty("storyprint.shared.dir", "../../shared")).resolve("seeds");
        assumeTrue(Files.isRegularFile(seeds.resolve("expected.csv")),
                "seeds absent: " + seeds.toAbsolutePath() + " (the shared directory beside the checkout)");
        assertMatchesExpected(seeds);
    }

    @Test
    @Order(2)
    void samplesComeOutAsExpected() throws Exception {
        Path samples = TestTemplates.root().resolve("samples");
        assumeTrue(Files.isRegularFile(samples.resolve("expected.csv")), "no samples/expected.csv");
        Set<String> labels = assertMatchesExpected(samples);
        assertEquals(Set.of("original", "syndicated", "spun"), labels, "samples/ should show every label but rejected");
    }

    /**
     * Classifies the files of {@code dir}'s expected.csv in file-name order and compares the final
     * labels, and for copies the story, with the file; returns the labels seen.
     */
    private Set<String> assertMatchesExpected(Path dir) throws Exception {
        Map<String, String[]> expected = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("expected.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] f = line.split(",", 4);
                expected.put(f[0], f);
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String file : new TreeSet<>(expected.keySet())) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            ids.put(file, classify(file, bytes).get("articleId").asText());
        }
        List<String> wrong = new ArrayList<>();
        Set<String> labels = new TreeSet<>();
        for (String file : ids.keySet()) {
            JsonNode v = reread(ids.get(file));
            String[] row = expected.get(file);
            String label = v.get("label").asText();
            assertTrue(LABELS.contains(label), label);
            labels.add(label);
            if (!row[1].equals(label)) {
                wrong.add(file + ": expected " + row[1] + ", got " + label + " " + v);
            } else if (!row[2].isEmpty()) {
                JsonNode original = reread(ids.get(row[2]));
                if (!original.get("storyId").asText().equals(v.get("storyId").asText())) {
                    wrong.add(file + ": not in the story of " + row[2]);
                }
            }
        }
        assertTrue(wrong.isEmpty(), dir + ":\n" + String.join("\n", wrong));
        return labels;
    }

    @Test
    @Order(3)
    void redeliveryLeavesTheVerdictAlone() throws Exception {
        byte[] article = Files.readAllBytes(TestTemplates.root().resolve("events/article.txt"));
        JsonNode first = classify("redelivered.txt", article);
        assertEquals("original", first.get("label").asText());
        stack().s3().putObject(b -> b.bucket(stack().bucket()).key(stack().incomingPrefix() + "redelivered.txt"),
                RequestBody.fromBytes(article));
        awaitQuiet();
        assertEquals(first, reread(first.get("articleId").asText()));
    }

    @Test
    @Order(4)
    void badInputIsRejectedWithAReason() throws Exception {
        JsonNode v = classify("empty.txt", new byte[0]);
        assertEquals("rejected", v.get("label").asText());
        assertTrue(v.hasNonNull("reason") && !v.get("reason").asText().isBlank(), v.toString());
    }

    @Test
    @Order(5)
    void htmlUploadIsRead() throws Exception {
        byte[] article = Files.readAllBytes(TestTemplates.root().resolve("events/article.txt"));
        String html = "<html><head><title>Tidal pilot</title></head><body><p>"
                + new String(article, StandardCharsets.UTF_8).replace("\n\n", "</p><p>") + "</p></body></html>";
        JsonNode v = classify("tidal.html", html.getBytes(StandardCharsets.UTF_8));
        assertFalse(v.get("label").asText().equals("rejected"), v.toString());
    }

    /** Waits until deliveries made so far have been handled: by default, one more article's round trip. */
    protected void awaitQuiet() throws Exception {
        classify("marker-" + System.nanoTime() + ".txt",
                ("Marker " + System.nanoTime() + " closes the previous deliveries.").getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads under the incoming prefix and waits for the verdict. */
    protected JsonNode classify(String name, byte[] bytes) throws InterruptedException {
        String key = stack().incomingPrefix() + name;
        stack().s3().putObject(b -> b.bucket(stack().bucket()).key(key), RequestBody.fromBytes(bytes));
        String id = ArticleIds.of(key, bytes);
        long deadline = System.currentTimeMillis() + stack().resultTimeoutMillis();
        while (true) {
            try {
                return reread(id);
            } catch (NoSuchKeyException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("no verdict for " + key + " (" + id + ") within "
                            + stack().resultTimeoutMillis() + " ms");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    protected JsonNode reread(String articleId) {
        return Json.read(stack().s3().getObjectAsBytes(b -> b.bucket(stack().bucket())
                .key(stack().resultsPrefix() + articleId + ".json")).asByteArray());
    }
}
