package dev.storyprint.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {
    @Test
    void routeKeysFromApiGatewayWin() {
        Route.Match m = Route.resolve(Events.getArticle("0123456789abcdef0123"));
        assertEquals(Route.GET_ARTICLE, m.route());
        assertEquals("0123456789abcdef0123", m.parameter("articleId"));
    }

    @Test
    void withoutARouteKeyMethodAndPathDecide() {
        assertEquals(Route.GET_STORY, Route.resolve(Events.unrouted("GET", "/stories/abc/")).route());
        assertEquals("abc", Route.resolve(Events.unrouted("get", "/stories/abc")).parameter("storyId"));
        assertEquals(Route.POST_ARTICLE, Route.resolve(Events.unrouted("POST", "/articles")).route());
    }

    @Test
    void unknownPathIs404AndKnownPathWithOtherMethodIs405() {
        ApiException notFound = assertThrows(ApiException.class, () -> Route.resolve(Events.unrouted("GET", "/")));
        assertEquals(404, notFound.status());
        ApiException wrong = assertThrows(ApiException.class,
                () -> Route.resolve(Events.unrouted("PUT", "/articles/0123456789abcdef0123")));
        assertEquals(405, wrong.status());
        assertEquals("GET", wrong.headers().get("allow"));
    }

    @Test
    void templatesMatchWholeSegments() {
        assertNull(Route.GET_ARTICLE.match("/articles"));
        assertNull(Route.GET_ARTICLE.match("/articles/a/b"));
        assertNull(Route.GET_ARTICLE.match("/articlesx/a"));
        assertEquals(Map.of("articleId", "a"), Route.GET_ARTICLE.match("/articles/a"));
    }

    @Test
    void openApiDocumentsExactlyTheServedRoutes() {
        OpenApiContract.assertDocumentsExactly(EnumSet.allOf(Route.class));
    }
}
