package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Every file in events/ is a valid event for its function: read with the Lambda runtime's own
 * serializer and handed to the real handler on the embedded stack (triggers off, so only these
 * invocations run), after putting the objects the events refer to.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsTest {
    static final Path EVENTS = TestTemplates.root().resolve("events");
    static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.projectTemplate()).withoutTriggers());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    @Order(1)
    void s3EventsRunThePipeline() throws Exception {
        S3Event put = read("fingerprint-s3-put.json", S3Event.class);
        var record = put.getRecords().get(0);
        assertEquals(stack.bucket(), record.getS3().getBucket().getName());
        String key = record.getS3().getObject().getUrlDecodedKey();
        assertEquals("incoming/my article\u00e9.txt", key);
        byte[] article = Files.readAllBytes(EVENTS.resolve("article.txt"));
        stack.s3().putObject(b -> b.bucket(stack.bucket()).key(key), RequestBody.fromBytes(article));
        invoke("FingerprintFunction", put);

        String id = ArticleIds.of(key, article);
        S3Event match = read("match-s3-put.json", S3Event.class);
        String fingerprintKey = match.getRecords().get(0).getS3().getObject().getUrlDecodedKey();
        assertEquals(stack.environment().get("FINGERPRINTS_PREFIX") + id + ".json", fingerprintKey,
                "match-s3-put.json must name the fingerprint that fingerprint-s3-put.json produces");
        assertTrue(exists(fingerprintKey), fingerprintKey + " was not written");
        invoke("MatchFunction", match);

        JsonNode verdict = Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(stack.bucket())
                .key(stack.environment().get("RESULTS_PREFIX") + id + ".json")).asByteArray());
        assertEquals(id, verdict.get("articleId").asText());
        assertEquals("original", verdict.get("label").asText());
    }

    @Test
    @Order(2)
    void apiEventsAnswer() throws Exception {
        assumeTrue(handlerPresent("ApiFunction"), "ApiHandler is not built yet");
        APIGatewayV2HTTPResponse posted = (APIGatewayV2HTTPResponse) invoke("ApiFunction",
                read("api-post-article.json", APIGatewayV2HTTPEvent.class));
        assertEquals(200, posted.getStatusCode(), posted.getBody());
        JsonNode verdict = Json.MAPPER.readTree(posted.getBody());
        APIGatewayV2HTTPEvent getArticle = read("api-get-article.json", APIGatewayV2HTTPEvent.class);
        assertEquals(verdict.get("articleId").asText(), getArticle.getPathParameters().get("articleId"),
                "api-get-article.json must name the article POST /articles returns for api-post-article.json");
        APIGatewayV2HTTPResponse got = (APIGatewayV2HTTPResponse) invoke("ApiFunction", getArticle);
        assertEquals(200, got.getStatusCode(), got.getBody());

        APIGatewayV2HTTPEvent getStory = read("api-get-story.json", APIGatewayV2HTTPEvent.class);
        assertEquals(verdict.get("storyId").asText(), getStory.getPathParameters().get("storyId"));
        APIGatewayV2HTTPResponse story = (APIGatewayV2HTTPResponse) invoke("ApiFunction", getStory);
        assertEquals(200, story.getStatusCode(), story.getBody());
    }

    @Test
    void envJsonSetsEveryTemplateVariableForEveryFunction() throws IOException {
        JsonNode env = Json.read(Files.readAllBytes(EVENTS.resolve("env.json")));
        for (Template.Function f : stack.template().functions()) {
            JsonNode vars = env.get(f.logicalId());
            assertTrue(vars != null && vars.isObject(), "env.json has no " + f.logicalId());
            Set<String> names = new HashSet<>();
            for (Iterator<String> it = vars.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            for (String name : f.environment().keySet()) {
                if (!name.equals("JAVA_TOOL_OPTIONS")) {
                    assertTrue(names.contains(name), "env.json " + f.logicalId() + " lacks " + name);
                }
            }
        }
    }

    private static boolean handlerPresent(String function) {
        try {
            Class.forName(stack.template().function(function).orElseThrow().handlerClass());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean exists(String key) {
        return !stack.s3().listObjectsV2(b -> b.bucket(stack.bucket()).prefix(key)).contents().isEmpty();
    }

    private static Object invoke(String function, Object event) throws Exception {
        return stack.lambda().invoke(stack.template().function(function).orElseThrow(), event);
    }

    private static <T> T read(String file, Class<T> type) throws IOException {
        try (InputStream in = Files.newInputStream(EVENTS.resolve(file))) {
            return LambdaEventSerializers.serializerFor(type, EventsTest.class.getClassLoader()).fromJson(in);
        }
    }
}
