package dev.storyprint.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The repository's sample events ({@code events/api-*.json}, what {@code sam local invoke -e} sends)
 * run through the handler in order: the post's verdict is what the two GET samples ask for.
 */
class SampleEventsTest {
    private static final ObjectMapper EVENTS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static APIGatewayV2HTTPEvent event(String name) throws IOException {
        String root = System.getProperty("storyprint.root.dir");
        Path p = root == null ? null : Path.of(root, "events", name);
        assumeTrue(p != null && Files.isRegularFile(p), "no events/" + name + " beside the build (storyprint.root.dir="
                + root + "); nothing to replay");
        return EVENTS.readValue(p.toFile(), APIGatewayV2HTTPEvent.class);
    }

    @Test
    void postThenGetTheArticleAndItsStory() throws IOException {
        APIGatewayV2HTTPEvent post = event("api-post-article.json");
        APIGatewayV2HTTPEvent getArticle = event("api-get-article.json");
        APIGatewayV2HTTPEvent getStory = event("api-get-story.json");
        ApiHandler handler = LocalBackend.get().fresh().handler();

        APIGatewayV2HTTPResponse posted = handler.handleRequest(post, null);
        assertEquals(200, posted.getStatusCode(), posted.getBody());
        JsonNode verdict = OpenApiContract.check(Route.POST_ARTICLE, posted);
        assertEquals("original", verdict.get("label").asText(), verdict.toString());
        assertEquals(getArticle.getPathParameters().get("articleId"), verdict.get("articleId").asText(),
                "events/api-get-article.json asks for the article events/api-post-article.json creates");
        assertEquals(getStory.getPathParameters().get("storyId"), verdict.get("storyId").asText(),
                "events/api-get-story.json asks for that article's story");

        APIGatewayV2HTTPResponse article = handler.handleRequest(getArticle, null);
        assertEquals(200, article.getStatusCode(), article.getBody());
        assertEquals(verdict, OpenApiContract.check(Route.GET_ARTICLE, article));

        APIGatewayV2HTTPResponse story = handler.handleRequest(getStory, null);
        assertEquals(200, story.getStatusCode(), story.getBody());
        JsonNode s = OpenApiContract.check(Route.GET_STORY, story);
        assertEquals(1, s.get("articleCount").asInt());
        assertEquals(verdict.get("title"), s.get("title"));
    }
}
