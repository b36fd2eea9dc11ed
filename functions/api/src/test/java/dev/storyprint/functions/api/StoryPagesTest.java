package dev.storyprint.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The story viewer's routes on real stores: the pages carry the story and the copy beside its source. */
class StoryPagesTest {
    private LocalBackend.Fixture fx;

    @BeforeEach
    void setUp() {
        fx = LocalBackend.get().fresh();
    }

    private APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return fx.handler().handleRequest(event, null);
    }

    private static APIGatewayV2HTTPEvent route(Route r, String name, String id) {
        return Events.request(r.routeKey(), r.method(), r.path().replace("{" + name + "}", id), Map.of(name, id));
    }

    private JsonNode post(String text) {
        APIGatewayV2HTTPResponse r = call(Events.post("text/plain; charset=utf-8", text));
        assertEquals(200, r.getStatusCode(), r.getBody());
        return OpenApiContract.check(Route.POST_ARTICLE, r);
    }

    /** The document a page carries, parsed back out of its script element. */
    private static JsonNode document(APIGatewayV2HTTPResponse r) throws Exception {
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertTrue(r.getHeaders().get("content-type").startsWith("text/html"));
        String html = r.getBody();
        assertFalse(html.contains("<script src") || html.contains("<link"), "self-contained: nothing loaded from elsewhere");
        String open = "<script type=\"application/json\" id=\"storyprint-data\">";
        int from = html.indexOf(open) + open.length();
        return OpenApiContract.JSON.readTree(html.substring(from, html.indexOf("</script>", from)));
    }

    @Test
    void theStoryPageAndTheCopyViewCarryTheirDocuments() throws Exception {
        JsonNode source = post(Stories.SOURCE);
        JsonNode copy = post(Stories.SYNDICATED);
        String storyId = source.get("storyId").asText();
        String copyId = copy.get("articleId").asText();
        assertEquals(storyId, copy.get("storyId").asText(), copy.toString());
        assertTrue(fx.objects().exists("posted/" + copyId), "a post keeps its text for the viewer");

        JsonNode story = document(call(route(Route.GET_STORY_PAGE, "storyId", storyId)));
        assertEquals("story", story.get("page").get("type").asText());
        JsonNode articles = story.get("stories").get(0).get("articles");
        assertEquals(2, articles.size());
        assertEquals("syndicated", articles.get(1).get("label").asText());
        assertEquals(storyId, articles.get(1).get("matchedArticleId").asText());

        JsonNode page = document(call(route(Route.GET_ARTICLE_PAGE, "articleId", copyId)));
        JsonNode view = page.get("views").get(copyId);
        JsonNode cmp = view.get("comparison");
        String copyText = page.get("texts").get(copyId).asText();
        String sourceText = page.get("texts").get(storyId).asText();
        assertTrue(copyText.contains("Northport votes for 48 million dollar ferry bridge"), "the copy as written");
        // the passage both share is highlighted on both sides with one pair id
        JsonNode first = null;
        for (JsonNode g : cmp.get("copy").get("segments")) {
            if (g.get(2).asText().equals("same") && g.get(1).asInt() - g.get(0).asInt() > 80) {
                first = g;
                break;
            }
        }
        assertTrue(first != null, cmp.get("copy").get("segments").toString());
        String pair = first.get(3).asText();
        String shared = copyText.substring(first.get(0).asInt(), first.get(1).asInt());
        boolean found = false;
        for (JsonNode g : cmp.get("source").get("segments")) {
            if (pair.equals(g.get(3).asText())) {
                // the same words, as each side writes them ("7-2" and "seven to two" fold alike)
                String theirs = sourceText.substring(g.get(0).asInt(), g.get(1).asInt());
                assertEquals(shared.substring(shared.length() - 40), theirs.substring(theirs.length() - 40));
                found = true;
            }
        }
        assertTrue(found, "the pair is on the source side too");
        assertTrue(cmp.get("summary").get(0).asText().contains("word for word"), cmp.get("summary").toString());
    }

    @Test
    void theReportIsWrittenUnderReportsAsOneSelfContainedPage() throws Exception {
        JsonNode source = post(Stories.SOURCE);
        post(Stories.SYNDICATED);
        String storyId = source.get("storyId").asText();
        APIGatewayV2HTTPResponse r = call(route(Route.POST_STORY_REPORT, "storyId", storyId));
        assertEquals(201, r.getStatusCode(), r.getBody());
        JsonNode body = OpenApiContract.check(Route.POST_STORY_REPORT, r);
        assertEquals("reports/stories/" + storyId + ".html", body.get("key").asText());
        assertEquals(2, body.get("articleCount").asInt());
        byte[] page = fx.objects().get(body.get("key").asText()).orElseThrow().bytes();
        assertEquals(body.get("bytes").asInt(), page.length);
        String html = new String(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!doctype html>") && html.contains("data-mode=\"bundle\""));
        assertTrue(html.contains("Content-Security-Policy"), "the page forbids loading anything else");
    }

    @Test
    void unknownIdsAre404AndMalformedOnes400() {
        String unknown = "0123456789abcdef0123";
        for (Route r : new Route[] {Route.GET_STORY_PAGE, Route.POST_STORY_REPORT}) {
            APIGatewayV2HTTPResponse resp = call(route(r, "storyId", unknown));
            assertEquals(404, resp.getStatusCode(), resp.getBody());
            OpenApiContract.check(r, resp);
            APIGatewayV2HTTPResponse bad = call(route(r, "storyId", "x"));
            assertEquals(400, bad.getStatusCode(), bad.getBody());
            OpenApiContract.check(r, bad);
        }
        APIGatewayV2HTTPResponse resp = call(route(Route.GET_ARTICLE_PAGE, "articleId", unknown));
        assertEquals(404, resp.getStatusCode());
        OpenApiContract.check(Route.GET_ARTICLE_PAGE, resp);
    }
}
