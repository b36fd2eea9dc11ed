package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** API Gateway HTTP API (payload 2.0) events as API Gateway builds them for this function's routes. */
final class Events {
    private Events() {}

    static APIGatewayV2HTTPEvent request(String routeKey, String method, String path, Map<String, String> pathParameters) {
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setVersion("2.0");
        e.setRouteKey(routeKey);
        e.setRawPath(path);
        e.setRawQueryString("");
        e.setHeaders(new LinkedHashMap<>(Map.of("host", "api.example", "user-agent", "test")));
        e.setPathParameters(pathParameters);
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(path);
        http.setProtocol("HTTP/1.1");
        http.setSourceIp("127.0.0.1");
        APIGatewayV2HTTPEvent.RequestContext rc = new APIGatewayV2HTTPEvent.RequestContext();
        rc.setRouteKey(routeKey);
        rc.setStage("$default");
        rc.setHttp(http);
        e.setRequestContext(rc);
        return e;
    }

    static APIGatewayV2HTTPEvent post(String contentType, String body) {
        APIGatewayV2HTTPEvent e = request("POST /articles", "POST", "/articles", null);
        if (contentType != null) {
            e.getHeaders().put("content-type", contentType);
        }
        e.setBody(body);
        return e;
    }

    static APIGatewayV2HTTPEvent postBase64(String contentType, byte[] body) {
        APIGatewayV2HTTPEvent e = post(contentType, Base64.getEncoder().encodeToString(body));
        e.setIsBase64Encoded(true);
        return e;
    }

    static APIGatewayV2HTTPEvent getArticle(String id) {
        return request("GET /articles/{articleId}", "GET", "/articles/" + id, Map.of("articleId", id));
    }

    static APIGatewayV2HTTPEvent getStory(String id) {
        return request("GET /stories/{storyId}", "GET", "/stories/" + id, Map.of("storyId", id));
    }

    /** What a {@code $default} route (or the local server for an unknown path) delivers. */
    static APIGatewayV2HTTPEvent unrouted(String method, String path) {
        return request("$default", method, path, null);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
