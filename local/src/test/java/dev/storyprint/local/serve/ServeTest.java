package dev.storyprint.local.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code storyprint serve} driven the way a user drives it: uploads through the S3 endpoint with the
 * AWS SDK, verdicts polled from results/, then read and posted over HTTP.
 */
class ServeTest {
    private static Serve serve;
    private static ServeClient client;
    private static final ServeClient.Captured LOG = new ServeClient.Captured();

    @BeforeAll
    static void start() throws Exception {
        serve = Serve.start(new Serve.Options(0, 0, null), ServeClient.template(), LOG.stream);
        client = new ServeClient(serve);
    }

    @AfterAll
    static void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void uploadThenReadOverHttpThenPostACopy() throws Exception {
        List<Path> samples = ServeClient.samples();
        Path original = samples.stream().filter(p -> p.getFileName().toString().startsWith("01a")).findFirst().orElseThrow();
        Path syndicated = samples.stream().filter(p -> p.getFileName().toString().startsWith("01b")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(original);
        String key = "incoming/" + original.getFileName();
        client.s3.putObject(b -> b.bucket(client.bucket).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        String id = ArticleIds.of(key, bytes);

        JsonNode result = client.awaitResult(id);
        assertEquals("original", result.get("label").asText());

        HttpResponse<String> article = client.get("/articles/" + id);
        assertEquals(200, article.statusCode(), article.body());
        assertEquals(result, ServeClient.json(article), "the API serves the stored verdict");

        byte[] copy = Files.readAllBytes(syndicated);
        HttpResponse<String> posted = client.post("/articles", "text/plain; charset=utf-8", copy);
        assertEquals(200, posted.statusCode(), posted.body());
        JsonNode v = ServeClient.json(posted);
        assertEquals("syndicated", v.get("label").asText(), posted.body());
        assertEquals(ArticleIds.of("api", copy), v.get("articleId").asText());
        assertEquals(id, v.get("storyId").asText());
        assertEquals(v, client.awaitResult(v.get("articleId").asText()), "a post writes results/ like an upload");

        HttpResponse<String> story = client.get("/stories/" + id);
        assertEquals(200, story.statusCode(), story.body());
        JsonNode s = ServeClient.json(story);
        assertEquals(2, s.get("articleCount").asInt());
        assertEquals("syndicated", s.get("articles").get(1).get("label").asText());

        // one log line per processed article, whichever way it came in
        long deadline = System.currentTimeMillis() + ServeClient.RESULT_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline && !LOG.toString().contains(v.get("articleId").asText())) {
            Thread.sleep(100);
        }
        assertTrue(LOG.toString().contains("original   " + id), LOG.toString());
        assertTrue(LOG.toString().contains("syndicated " + v.get("articleId").asText()), LOG.toString());
    }

    @Test
    void errorsAreJsonFromTheHandler() throws Exception {
        HttpResponse<String> unknown = client.get("/articles/00000000000000000000");
        assertEquals(404, unknown.statusCode());
        assertEquals("not-found", ServeClient.json(unknown).get("error").asText());
        HttpResponse<String> form = client.post("/articles", "application/x-www-form-urlencoded",
                "text=hi".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, form.statusCode());
        HttpResponse<String> noRoute = client.get("/nothing");
        assertEquals(404, noRoute.statusCode());
        assertEquals("not-found", ServeClient.json(noRoute).get("error").asText());
        HttpResponse<String> wrongMethod = client.get("/articles");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("POST", wrongMethod.headers().firstValue("allow").orElse(""));
    }

    @Test
    void bannerNamesBucketPrefixesAndBothUrls() {
        String banner = serve.banner(null);
        assertTrue(banner.contains("s3://" + client.bucket + "/incoming/"), banner);
        assertTrue(banner.contains("s3://" + client.bucket + "/results/"), banner);
        assertTrue(banner.contains(serve.s3Endpoint().toString()), banner);
        assertTrue(banner.contains(serve.apiEndpoint().toString()), banner);
        assertTrue(banner.contains("GET /stories/{storyId}"), banner);
        assertTrue(banner.contains(serve.apiEndpoint() + "/ui/stories/<storyId>"), banner);
    }
}
