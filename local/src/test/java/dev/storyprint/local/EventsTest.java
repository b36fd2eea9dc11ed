package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Every file in events/ is a valid event for its function: read as the Lambda Java runtime reads
 * it and handed to the real handler on the embedded stack (triggers off, so only these
 * invocations run), after putting the objects the events refer to. The runtime reads the events
 * its serialization library knows (S3Event) with their mixins, and every other type (the HTTP
 * API's payload-2.0 event among them) with plain Jackson: {@link #read} chooses the same way.
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
        // the fingerprint function invoked the match function (held: triggers are off) with this envelope
        List<EmbeddedStack.HeldInvocation> sent = stack.heldInvocations();
        assertEquals(1, sent.size(), "one invocation of the match function");
        assertEquals("MatchFunction", sent.get(0).function());
        byte[] match = Files.readAllBytes(EVENTS.resolve("match-invoke.json"));
        assertEquals(Json.read(sent.get(0).payload()), Json.read(match),
                "match-invoke.json must be the envelope fingerprint-s3-put.json produces; it is now:\n"
                        + new String(sent.get(0).payload(), java.nio.charset.StandardCharsets.UTF_8));
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
    void apiEventsAreReadWithPlainJacksonAsTheRuntimeDoes() throws IOException {
        assertFalse(LambdaEventSerializers.isLambdaSupportedEvent(APIGatewayV2HTTPEvent.class.getName()),
                "the runtime's event serializers now know APIGatewayV2HTTPEvent: read it with them");
        assertTrue(LambdaEventSerializers.isLambdaSupportedEvent(S3Event.class.getName()));
        APIGatewayV2HTTPEvent post = read("api-post-article.json", APIGatewayV2HTTPEvent.class);
        assertEquals("POST /articles", post.getRouteKey());
        assertEquals("application/json", post.getHeaders().get("content-type"));
        assertFalse(post.getIsBase64Encoded());
        assertEquals("POST", post.getRequestContext().getHttp().getMethod());
        assertEquals("EXAMPLE-POST", post.getRequestContext().getRequestId());
        assertTrue(post.getBody().startsWith("{\"text\": "), post.getBody());
        APIGatewayV2HTTPEvent get = read("api-get-article.json", APIGatewayV2HTTPEvent.class);
        assertEquals(1, get.getPathParameters().size(), get.getPathParameters().toString());
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

    private static Object invoke(String function, Object event) throws Exception {
        return stack.lambda().invoke(stack.template().function(function).orElseThrow(), event);
    }

    /** The runtime's choice: its event serializers for the events they know, plain Jackson for the rest. */
    static <T> T read(String file, Class<T> type) throws IOException {
        PojoSerializer<T> serializer = LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
                ? LambdaEventSerializers.serializerFor(type, EventsTest.class.getClassLoader())
                : JacksonFactory.getInstance().getSerializer(type);
        try (InputStream in = Files.newInputStream(EVENTS.resolve(file))) {
            return serializer.fromJson(in);
        }
    }
}
