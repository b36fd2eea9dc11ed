package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.local.serve.HttpApiServer;
import dev.storyprint.local.serve.HttpRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The same bytes get the same verdict through every entrance: an upload as classify makes it
 * (its Content-Type), uploads with other Content-Types and charsets (none, octet-stream, a wrong
 * charset), and POST /articles through the local API Gateway stand-in. A rejection has the same
 * code and reason everywhere (a 400 carries the reason as its message); an accepted text is read
 * identically: each later entrance is a verbatim copy of the first (containment and skeleton 1).
 */
class EntranceParityTest {
    private static final long TIMEOUT_MILLIS = 120_000;
    private static final List<String> UPLOAD_TYPES = Arrays.asList(null, "application/octet-stream",
            "text/plain; charset=utf-8", "text/html; charset=iso-8859-1");

    static EmbeddedStack stack;
    static HttpApiServer api;
    /** Built after the stack: the router must configure java.net.http (restricted headers) first. */
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.projectTemplate()));
        Template t = stack.template();
        api = new HttpApiServer(0, HttpRoutes.load(TestTemplates.projectTemplate()),
                (function, event) -> stack.lambda().invoke(t.function(function).orElseThrow(), event));
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theSameBytesGetTheSameVerdictThroughEveryEntrance() throws Exception {
        Path samples = TestTemplates.root().resolve("samples");
        String prose = Files.readString(samples.resolve("03a-storm-coast-original.txt"));
        String curly = Files.readString(samples.resolve("05a-striker-transfer-original.txt"))
                .replace("'", "\u2019").replaceFirst("\"", "\u201c").replaceFirst("\"", "\u201d");
        String json = "{\"text\": \"" + escape(Files.readString(samples.resolve("04a-rate-decision-original.txt")))
                + "\", \"title\": \"Rates\"}";
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("plain.txt", utf8(prose));
        inputs.put("three-nuls.txt", utf8(prose + "\u0000\u0000\u0000"));
        inputs.put("utf16-no-bom.txt", prose.getBytes(StandardCharsets.UTF_16LE));
        inputs.put("utf16-bom.txt", ("\ufeff" + prose).getBytes(StandardCharsets.UTF_16BE));
        byte[] odd = Arrays.copyOf(prose.getBytes(StandardCharsets.UTF_16LE), prose.length() * 2 + 1);
        inputs.put("utf16-odd.txt", odd);
        inputs.put("windows-1252.txt", curly.getBytes(Charset.forName("windows-1252")));
        inputs.put("page.html", utf8("<html><head><title>Storm</title></head><body><p>"
                + prose.replace("\n\n", "</p><p>") + "</p></body></html>"));
        inputs.put("envelope.json", utf8(json));
        inputs.put("bad-date.json", utf8(json.replace("}", ", \"publishedAt\": \"tomorrow\"}")));
        inputs.put("broken.json", utf8(json.replace("}", ",}")));
        inputs.put("deep.json", utf8(json.replace("}", ", \"x\": " + "[".repeat(70) + "]".repeat(70) + "}")));
        inputs.put("short.txt", utf8("Storm warning issued for the coast tonight."));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
            String name = in.getKey();
            byte[] bytes = in.getValue();
            List<String> entrances = new ArrayList<>();
            List<JsonNode> verdicts = new ArrayList<>();
            Path asFile = Path.of(name);
            entrances.add("classify (" + Classify.contentType(asFile) + ")");
            verdicts.add(upload("classify/" + name, bytes, Classify.contentType(asFile)));
            for (String type : UPLOAD_TYPES) {
                entrances.add("S3 upload (" + type + ")");
                verdicts.add(upload(UPLOAD_TYPES.indexOf(type) + "/" + name, bytes, type));
            }
            String postType = name.endsWith(".json") ? "application/json" : name.endsWith(".html") ? "text/html" : "text/plain";
            entrances.add("POST /articles (" + postType + ")");
            verdicts.add(post(bytes, postType));
            JsonNode first = verdicts.get(0);
            for (int i = 1; i < verdicts.size(); i++) {
                String diff = difference(first, verdicts.get(i));
                if (diff != null) {
                    problems.add(name + ": " + entrances.get(i) + " " + diff + " than " + entrances.get(0)
                            + "\n    " + first + "\n    " + verdicts.get(i));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Null when {@code later} is what the same bytes should get after {@code first}, else what differs. */
    private static String difference(JsonNode first, JsonNode later) {
        String label = first.path("label").asText();
        if (label.equals("rejected") || label.equals("bad-request")) {
            boolean same = later.path("label").asText().equals("rejected") || later.path("label").asText().equals("bad-request");
            return same && first.path("reason").asText().equals(later.path("reason").asText())
                    ? null : "gives another rejection or none";
        }
        if (later.path("label").asText().equals("rejected")) {
            return "rejects what was accepted";
        }
        JsonNode scores = later.path("scores");
        return later.path("label").asText().equals("syndicated") && scores.path("containment").asDouble() == 1.0
                && scores.path("skeleton").asDouble() == 1.0 ? null : "reads other text";
    }

    private static JsonNode upload(String name, byte[] bytes, String contentType) throws Exception {
        String key = stack.environment().get("INCOMING_PREFIX") + name;
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
        String result = stack.environment().get("RESULTS_PREFIX") + ArticleIds.of(key, bytes) + ".json";
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (true) {
            try {
                JsonNode v = Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(stack.bucket()).key(result)).asByteArray());
                assertTrue(stack.lambda().awaitIdle(TIMEOUT_MILLIS));
                return v;
            } catch (NoSuchKeyException e) {
                assertTrue(System.currentTimeMillis() < deadline, "no verdict for " + key + ": " + stack.lambda().failures());
                Thread.sleep(50);
            }
        }
    }

    /** The verdict, or a 400's message as a pseudo-verdict labelled bad-request with that reason. */
    private static JsonNode post(byte[] bytes, String contentType) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(api.uri() + "/articles"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = Json.read(r.body());
        if (r.statusCode() == 400) {
            return Json.MAPPER.createObjectNode().put("label", "bad-request").put("reason", body.path("message").asText());
        }
        assertEquals(200, r.statusCode(), body.toString());
        return body;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
