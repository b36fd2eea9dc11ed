package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The routes this function serves, in API Gateway's route-key syntax. template.yaml declares the
 * same keys (a test checks it) and openapi.yaml documents them.
 */
enum Route {
    POST_ARTICLE("POST", "/articles"),
    GET_ARTICLE("GET", "/articles/{articleId}"),
    GET_STORY("GET", "/stories/{storyId}"),
    /** The story page (HTML): in a browser where the API needs no signature (locally, or ApiAuth NONE). */
    GET_STORY_PAGE("GET", "/ui/stories/{storyId}"),
    /** An article's page (HTML): a copy beside its source. */
    GET_ARTICLE_PAGE("GET", "/ui/articles/{articleId}"),
    /** Writes the story's static report to the bucket, for a pre-signed URL under the default IAM auth. */
    POST_STORY_REPORT("POST", "/stories/{storyId}/report");

    private final String method;
    private final String path;
    private final String[] segments;

    Route(String method, String path) {
        this.method = method;
        this.path = path;
        this.segments = split(path);
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** API Gateway's form: {@code "GET /articles/{articleId}"}. */
    String routeKey() {
        return method + " " + path;
    }

    /** A resolved request: the route and its path parameters. */
    record Match(Route route, Map<String, String> parameters) {
        String parameter(String name) {
            return parameters.get(name);
        }
    }

    /**
     * The route of {@code event}: by its route key when API Gateway matched one, else by method and
     * path (a {@code $default} route or a local caller). 404 for an unknown path, 405 for a known
     * path with another method.
     */
    static Match resolve(APIGatewayV2HTTPEvent event) {
        String method = method(event);
        String path = path(event);
        for (Route r : values()) {
            if (r.routeKey().equals(event.getRouteKey())) {
                Map<String, String> params = r.match(path);
                if (params == null) {
                    params = event.getPathParameters() == null ? Map.of() : event.getPathParameters();
                }
                return new Match(r, params);
            }
        }
        List<String> allowed = new ArrayList<>();
        for (Route r : values()) {
            Map<String, String> params = r.match(path);
            if (params == null) {
                continue;
            }
            if (r.method.equalsIgnoreCase(method)) {
                return new Match(r, params);
            }
            allowed.add(r.method);
        }
        if (!allowed.isEmpty()) {
            throw ApiException.methodNotAllowed(method + " is not allowed on " + path, String.join(", ", allowed));
        }
        throw ApiException.notFound("no route " + method + " " + path);
    }

    /** Path parameters when {@code requestPath} fits this route's template, else null. */
    Map<String, String> match(String requestPath) {
        if (requestPath == null) {
            return null;
        }
        String[] parts = split(requestPath);
        if (parts.length != segments.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String s = segments[i];
            if (s.startsWith("{") && s.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                params.put(s.substring(1, s.length() - 1), parts[i]);
            } else if (!s.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext rc = event.getRequestContext();
        String m = rc == null || rc.getHttp() == null ? null : rc.getHttp().getMethod();
        if (m == null && event.getRouteKey() != null && event.getRouteKey().contains(" ")) {
            m = event.getRouteKey().substring(0, event.getRouteKey().indexOf(' '));
        }
        return m == null ? "" : m.toUpperCase(Locale.ROOT);
    }

    private static String path(APIGatewayV2HTTPEvent event) {
        if (event.getRawPath() != null) {
            return event.getRawPath();
        }
        APIGatewayV2HTTPEvent.RequestContext rc = event.getRequestContext();
        return rc == null || rc.getHttp() == null ? null : rc.getHttp().getPath();
    }

    /** Segments without empty ones from a leading or trailing slash. */
    private static String[] split(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }
}
