package dev.storyprint.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Reading;
import dev.storyprint.engine.text.Limits;
import dev.storyprint.store.ArticleRecord;
import dev.storyprint.store.ObjectStore;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The handler on real stores (DynamoDB Local + s3proxy): every response is also checked against
 * openapi.yaml.
 */
class ApiHandlerTest {
    private LocalBackend.Fixture fx;

    @BeforeEach
    void setUp() {
        fx = LocalBackend.get().fresh();
    }

    private APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return fx.handler().handleRequest(event, null);
    }

    private JsonNode ok(Route route, APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse r = call(event);
        assertEquals(200, r.getStatusCode(), r.getBody());
        return OpenApiContract.check(route, r);
    }

    private JsonNode error(Route route, APIGatewayV2HTTPEvent event, int status, String code) {
        APIGatewayV2HTTPResponse r = call(event);
        assertEquals(status, r.getStatusCode(), r.getBody());
        JsonNode body = OpenApiContract.check(route, r);
        assertEquals(code, body.get("error").asText());
        assertFalse(body.get("message").asText().isBlank());
        return body;
    }

    private JsonNode postText(String text) {
        return ok(Route.POST_ARTICLE, Events.post("text/plain; charset=utf-8", text));
    }

    @Test
    void postClassifiesAnOriginalAndStoresItLikeTheS3Path() throws Exception {
        APIGatewayV2HTTPResponse r = call(Events.post("text/plain", Stories.SOURCE));
        assertEquals(200, r.getStatusCode(), r.getBody());
        JsonNode v = OpenApiContract.check(Route.POST_ARTICLE, r);

        String id = ArticleIds.of("api", Events.utf8(Stories.SOURCE));
        assertEquals(id, v.get("articleId").asText(), "API ids are ArticleIds.of(\"api\", body)");
        assertEquals("original", v.get("label").asText());
        assertEquals(id, v.get("storyId").asText(), "an original names its own story");
        assertTrue(v.get("matchedArticleId").isNull());
        assertFalse(v.has("file"), "the API verdict has no file field");
        assertEquals("/articles/" + id, r.getHeaders().get("location"));

        Optional<ObjectStore.StoredObject> result = fx.objects().get("results/" + id + ".json");
        assertTrue(result.isPresent(), "results/<id>.json written");
        assertEquals(v, OpenApiContract.JSON.readTree(result.get().bytes()), "results/ object = response");
        ArticleRecord record = fx.articles().find(id).orElseThrow();
        assertTrue(record.isFinal());
        assertEquals("original", record.label().wire());
        assertFalse(fx.objects().exists("fingerprints/" + id + ".json"), "a post must not trigger the match function");
    }

    @Test
    void aCopyJoinsTheSourcesStoryAndTheStoryListsBoth() {
        JsonNode source = postText(Stories.SOURCE);
        String sourceId = source.get("articleId").asText();
        ObjectNode post = OpenApiContract.JSON.createObjectNode();
        post.put("text", Stories.SYNDICATED);
        post.put("title", "Northport votes for ferry bridge");
        post.put("source", "Other Outlet");
        post.put("url", "https://other.example/bridge");
        post.put("publishedAt", "2026-03-02T18:00:00Z");
        JsonNode copy = ok(Route.POST_ARTICLE, Events.post("application/json", post.toString()));
        assertEquals("syndicated", copy.get("label").asText(), copy.toString());
        assertEquals(sourceId, copy.get("matchedArticleId").asText());
        assertEquals(sourceId, copy.get("storyId").asText());
        assertEquals("Other Outlet", copy.get("source").asText());
        assertEquals("2026-03-02T18:00:00Z", copy.get("publishedAt").asText());

        JsonNode unrelated = postText(Stories.UNRELATED);
        assertEquals("original", unrelated.get("label").asText());

        JsonNode story = ok(Route.GET_STORY, Events.getStory(sourceId));
        assertEquals(sourceId, story.get("storyId").asText());
        assertEquals(2, story.get("articleCount").asInt());
        assertEquals(1, story.get("labels").get("original").asInt());
        assertEquals(1, story.get("labels").get("syndicated").asInt());
        assertEquals(sourceId, story.get("articles").get(0).get("articleId").asText(), "earliest arrival first");
        assertEquals(copy.get("articleId"), story.get("articles").get(1).get("articleId"));
        assertEquals("syndicated", story.get("articles").get(1).get("label").asText());
        assertTrue(story.get("articles").get(1).get("scores").get("containment").asDouble() > 0);
        assertFalse(story.get("truncated").asBoolean());
    }

    @Test
    void getArticleReturnsTheStoredVerdict() {
        JsonNode posted = postText(Stories.SOURCE);
        JsonNode read = ok(Route.GET_ARTICLE, Events.getArticle(posted.get("articleId").asText()));
        assertEquals(posted, read);
    }

    @Test
    void postingTheSameBytesAgainReturnsTheStoredVerdict() {
        JsonNode first = postText(Stories.SOURCE);
        JsonNode again = postText(Stories.SOURCE);
        assertEquals(first.get("articleId"), again.get("articleId"));
        assertEquals(first.get("label"), again.get("label"));
        assertEquals(first.get("decidedAt"), again.get("decidedAt"), "not decided twice");
    }

    @Test
    void base64BodiesAreDecodedAndKeepTheSameId() {
        JsonNode v = ok(Route.POST_ARTICLE, Events.postBase64("text/plain", Events.utf8(Stories.UNRELATED)));
        assertEquals(ArticleIds.of("api", Events.utf8(Stories.UNRELATED)), v.get("articleId").asText());
        assertEquals("original", v.get("label").asText());
    }

    @Test
    void htmlIsReadForItsArticleText() {
        String html = "<!doctype html><html><head><title>Railway reopens</title></head><body><nav>Home | News</nav>"
                + "<article>" + Stories.UNRELATED.lines().map(l -> "<p>" + l + "</p>").reduce("", String::concat)
                + "</article></body></html>";
        JsonNode v = ok(Route.POST_ARTICLE, Events.post("text/html; charset=utf-8", html));
        assertEquals("original", v.get("label").asText(), v.toString());
    }

    @Test
    void anArticleTheEngineCannotJudgeIsARejectedVerdictNotAnError() {
        JsonNode v = postText(Stories.TOO_SHORT);
        assertEquals("rejected", v.get("label").asText());
        assertFalse(v.get("reason").asText().isBlank());
        assertTrue(v.get("storyId").isNull());
        String id = v.get("articleId").asText();
        assertEquals(v, ok(Route.GET_ARTICLE, Events.getArticle(id)), "stored like any verdict");

        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        JsonNode b = ok(Route.POST_ARTICLE, Events.postBase64("text/plain", binary));
        assertEquals("rejected", b.get("label").asText());
    }

    @Test
    void malformedJsonAndMissingTextAre400() {
        error(Route.POST_ARTICLE, Events.post("application/json", "{\"text\": \"unterminated"), 400, "bad-request");
        error(Route.POST_ARTICLE, Events.post("application/json", "[\"text\"]"), 400, "bad-request");
        error(Route.POST_ARTICLE, Events.post("application/json", "{\"title\": \"no text\"}"), 400, "bad-request");
        error(Route.POST_ARTICLE, Events.post("application/json", "{\"text\": 42}"), 400, "bad-request");
        error(Route.POST_ARTICLE, Events.post("application/json",
                "{\"text\": \"x\", \"publishedAt\": \"last Tuesday\"}"), 400, "bad-request");
        error(Route.POST_ARTICLE, Events.post("application/json", "{\"text\": \"x\", \"title\": [1]}"), 400, "bad-request");
        error(Route.POST_ARTICLE, Events.post("text/plain", null), 400, "bad-request");
        APIGatewayV2HTTPEvent badBase64 = Events.post("text/plain", "***not base64***");
        badBase64.setIsBase64Encoded(true);
        error(Route.POST_ARTICLE, badBase64, 400, "bad-request");
    }

    @Test
    void malformedRequestsSayWhatTheEngineSaysOfTheSameBytes() {
        String body = "{\"text\": \"x\", \"publishedAt\": \"last Tuesday\"}";
        String message = error(Route.POST_ARTICLE, Events.post("application/json", body), 400, "bad-request")
                .get("message").asText();
        Reading r = LocalBackend.ENGINE.read(new Document(Events.utf8(body), "application/json", "incoming/x.json", Map.of()));
        assertEquals(((Reading.Rejected) r).reason(), message, "one validation, one message");
        String unparsable = error(Route.POST_ARTICLE, Events.post("application/json", "{\"text\": \"x\",}"), 400,
                "bad-request").get("message").asText();
        assertFalse(unparsable.contains("com.fasterxml") || unparsable.contains("Exception") || unparsable.contains("code 125"),
                unparsable);
        APIGatewayV2HTTPEvent badQueryDate = Events.post("text/plain", Stories.SOURCE);
        badQueryDate.setQueryStringParameters(Map.of("publishedAt", "soon"));
        assertTrue(error(Route.POST_ARTICLE, badQueryDate, 400, "bad-request").get("message").asText().contains("\"soon\""));
    }

    @Test
    void aHugeTitleOrUrlIsBoundedAndTheArticleStillDecided() {
        String huge = "Headline ".repeat(450 * 1024 / 9);
        String json = "{\"text\": \"" + Stories.SOURCE.replace("\"", "\\\"").replace("\n", "\\n") + "\", \"title\": \""
                + huge + "\", \"url\": \"https://example.com/" + huge + "\"}";
        JsonNode v = ok(Route.POST_ARTICLE, Events.post("application/json", json));
        assertEquals(Limits.MAX_TITLE_CHARS, v.get("title").asText().length());
        assertEquals(Limits.MAX_URL_CHARS, v.get("url").asText().length());
        APIGatewayV2HTTPEvent query = Events.post("text/plain", Stories.UNRELATED);
        query.setQueryStringParameters(Map.of("title", huge, "source", huge));
        JsonNode q = ok(Route.POST_ARTICLE, query);
        assertEquals(Limits.MAX_TITLE_CHARS, q.get("title").asText().length());
        assertEquals(Limits.MAX_SOURCE_CHARS, q.get("source").asText().length());
        assertTrue(fx.articles().find(q.get("articleId").asText()).orElseThrow().isFinal());
    }

    @Test
    void unsupportedMediaTypesAre415() {
        error(Route.POST_ARTICLE, Events.postBase64("application/pdf", new byte[] {'%', 'P', 'D', 'F'}), 415,
                "unsupported-media-type");
        // curl -d sends this by default: say so rather than classify a form encoding
        error(Route.POST_ARTICLE, Events.post("application/x-www-form-urlencoded", "text=hello"), 415,
                "unsupported-media-type");
    }

    @Test
    void bodiesOverTheLimitAre413() {
        byte[] big = new byte[ArticlePost.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        error(Route.POST_ARTICLE, Events.postBase64("text/plain", big), 413, "payload-too-large");
    }

    @Test
    void unknownAndInvalidIds() {
        String unknown = ArticleIds.of("nothing", new byte[0]);
        error(Route.GET_ARTICLE, Events.getArticle(unknown), 404, "not-found");
        error(Route.GET_STORY, Events.getStory(unknown), 404, "not-found");
        error(Route.GET_ARTICLE, Events.getArticle("ABC"), 400, "bad-request");
        error(Route.GET_STORY, Events.getStory("0123456789abcdef0123'"), 400, "bad-request");
    }

    @Test
    void aRejectedArticleIsNoStory() {
        String id = postText(Stories.TOO_SHORT).get("articleId").asText();
        error(Route.GET_STORY, Events.getStory(id), 404, "not-found");
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405() {
        APIGatewayV2HTTPResponse r = call(Events.unrouted("GET", "/nothing/here"));
        assertEquals(404, r.getStatusCode());
        assertEquals("not-found", body(r).get("error").asText());
        APIGatewayV2HTTPResponse m = call(Events.unrouted("GET", "/articles"));
        assertEquals(405, m.getStatusCode());
        assertEquals("POST", m.getHeaders().get("allow"));
        OpenApiContract.check(Route.POST_ARTICLE, m);
        APIGatewayV2HTTPResponse d = call(Events.unrouted("DELETE", "/stories/0123456789abcdef0123"));
        assertEquals(405, d.getStatusCode());
        OpenApiContract.check(Route.GET_STORY, d);
    }

    @Test
    void aDefaultRouteStillReachesTheOperations() {
        JsonNode v = ok(Route.POST_ARTICLE, withBody(Events.unrouted("POST", "/articles"), Stories.SOURCE));
        String id = v.get("articleId").asText();
        APIGatewayV2HTTPResponse r = call(Events.unrouted("GET", "/articles/" + id));
        assertEquals(200, r.getStatusCode());
        assertEquals(v, body(r));
    }

    private static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent e, String body) {
        e.getHeaders().put("Content-Type", "text/plain");
        e.setBody(body);
        return e;
    }

    private static JsonNode body(APIGatewayV2HTTPResponse r) {
        try {
            return OpenApiContract.JSON.readTree(r.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
