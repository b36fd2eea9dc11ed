package dev.storyprint.local.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --data-dir, stories survive a restart: a later post joins a story from the earlier run. */
class ServeDataDirTest {
    @TempDir
    Path dir;

    @Test
    void storiesPersistAcrossRestarts() throws Exception {
        // The same ports both times: the functions keep their clients per process, as in Lambda.
        Serve.Options options = new Serve.Options(ServeClient.freePort(), ServeClient.freePort(), dir);
        Path original = ServeClient.samples().stream()
                .filter(p -> p.getFileName().toString().startsWith("02a")).findFirst().orElseThrow();
        Path copy = ServeClient.samples().stream()
                .filter(p -> p.getFileName().toString().startsWith("02b")).findFirst().orElseThrow();
        String sourceId;
        try (Serve first = Serve.start(options, ServeClient.template(), new ServeClient.Captured().stream)) {
            HttpResponse<String> r = new ServeClient(first).post("/articles", "text/plain", Files.readAllBytes(original));
            assertEquals(200, r.statusCode(), r.body());
            sourceId = ServeClient.json(r).get("articleId").asText();
        }
        try (Serve second = Serve.start(options, ServeClient.template(), new ServeClient.Captured().stream)) {
            ServeClient client = new ServeClient(second);
            HttpResponse<String> stored = client.get("/articles/" + sourceId);
            assertEquals(200, stored.statusCode(), stored.body());
            assertEquals(sourceId, client.awaitResult(sourceId).get("articleId").asText());
            HttpResponse<String> r = client.post("/articles", "text/plain", Files.readAllBytes(copy));
            JsonNode v = ServeClient.json(r);
            assertEquals(sourceId, v.get("storyId").asText(), r.body());
            assertEquals("syndicated", v.get("label").asText(), r.body());
        }
    }
}
