package dev.storyprint.local.serve;

import dev.storyprint.local.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API routes template.yaml declares, and the function each one invokes: SAM
 * {@code HttpApi} events on a function, or {@code AWS::ApiGatewayV2::Route} resources whose target
 * integration's {@code IntegrationUri} names a function. The template is the only route table.
 */
public final class HttpRoutes {
    /** {@code integrations/${HttpApiIntegration}} or {@code integrations/<id>}. */
    private static final Pattern TARGET = Pattern.compile("integrations/\\$\\{([^}]+)}|integrations/(\\S+)");
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}.!]+)(\\.[^}]*)?}");
    public static final String DEFAULT_ROUTE = "$default";

    /** One route: API Gateway's route key ({@code GET /articles/{articleId}}) and the function's logical id. */
    public record Route(String method, String path, String function) {
        public String routeKey() {
            return path == null ? DEFAULT_ROUTE : method + " " + path;
        }

        /** Path parameters when {@code requestPath} fits this route, else null. {@code ANY} matches every method. */
        public Map<String, String> match(String requestMethod, String requestPath) {
            if (path == null || !(method.equals("ANY") || method.equalsIgnoreCase(requestMethod))) {
                return null;
            }
            return matchPath(requestPath);
        }

        Map<String, String> matchPath(String requestPath) {
            String[] want = segments(path);
            String[] got = segments(requestPath);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < want.length; i++) {
                String w = want[i];
                if (w.startsWith("{") && w.endsWith("+}")) {
                    // greedy path variable: the rest of the path
                    if (i >= got.length) {
                        return null;
                    }
                    params.put(w.substring(1, w.length() - 2), String.join("/", List.of(got).subList(i, got.length)));
                    return params;
                }
                if (i >= got.length) {
                    return null;
                }
                if (w.startsWith("{") && w.endsWith("}")) {
                    if (got[i].isEmpty()) {
                        return null;
                    }
                    params.put(w.substring(1, w.length() - 1), got[i]);
                } else if (!w.equals(got[i])) {
                    return null;
                }
            }
            return want.length == got.length ? params : null;
        }
    }

    private final List<Route> routes;

    private HttpRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    public static HttpRoutes load(Path template) throws IOException {
        return of(Template.parse(template));
    }

    static HttpRoutes of(Map<String, Object> root) {
        Map<String, Object> resources = map(root.get("Resources"));
        List<Route> out = new ArrayList<>();
        resources.forEach((id, r) -> {
            Map<String, Object> res = map(r);
            Map<String, Object> props = map(res.get("Properties"));
            if ("AWS::Serverless::Function".equals(res.get("Type"))) {
                map(props.get("Events")).forEach((eventId, e) -> {
                    Map<String, Object> em = map(e);
                    if ("HttpApi".equals(em.get("Type"))) {
                        Map<String, Object> ep = map(em.get("Properties"));
                        Object path = ep.get("Path");
                        String method = ep.get("Method") == null ? "ANY" : String.valueOf(ep.get("Method"));
                        out.add(path == null ? new Route("ANY", null, id)
                                : new Route(method.toUpperCase(Locale.ROOT), String.valueOf(path), id));
                    }
                });
            } else if ("AWS::ApiGatewayV2::Route".equals(res.get("Type"))) {
                String key = String.valueOf(props.get("RouteKey"));
                String function = functionOf(resources, integrationOf(props.get("Target")));
                if (function == null) {
                    return;
                }
                if (key.equals(DEFAULT_ROUTE)) {
                    out.add(new Route("ANY", null, function));
                } else {
                    int space = key.indexOf(' ');
                    out.add(new Route(key.substring(0, space).toUpperCase(Locale.ROOT), key.substring(space + 1), function));
                }
            }
        });
        return new HttpRoutes(out);
    }

    /** The route for a request: its route, its path parameters (empty for {@code $default}); null when none fits. */
    public Matched resolve(String method, String path) {
        for (Route r : routes) {
            Map<String, String> params = r.match(method, path);
            if (params != null) {
                return new Matched(r, params);
            }
        }
        for (Route r : routes) {
            if (r.path() == null) {
                return new Matched(r, Map.of());
            }
        }
        return null;
    }

    /** The single function behind every route, or null when routes go to several functions (or none). */
    public String onlyFunction() {
        String f = null;
        for (Route r : routes) {
            if (f != null && !f.equals(r.function())) {
                return null;
            }
            f = r.function();
        }
        return f;
    }

    public record Matched(Route route, Map<String, String> pathParameters) {}

    private static String integrationOf(Object target) {
        String t = target instanceof Map<?, ?> m && m.containsKey("Fn::Sub") ? String.valueOf(m.get("Fn::Sub"))
                : String.valueOf(target);
        Matcher m = TARGET.matcher(t);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The function an integration invokes: the logical id its IntegrationUri refers to. */
    private static String functionOf(Map<String, Object> resources, String integrationId) {
        if (integrationId == null) {
            return null;
        }
        Object uri = map(map(resources.get(integrationId)).get("Properties")).get("IntegrationUri");
        for (String candidate : referencedIds(uri)) {
            if ("AWS::Serverless::Function".equals(map(resources.get(candidate)).get("Type"))
                    || "AWS::Lambda::Function".equals(map(resources.get(candidate)).get("Type"))) {
                return candidate;
            }
        }
        return null;
    }

    /** Logical ids an intrinsic value mentions: {@code Ref X.Alias}, {@code GetAtt [X, Arn]}, {@code Sub "${X.Arn}"}. */
    private static List<String> referencedIds(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object v = e.getValue();
                switch (String.valueOf(e.getKey())) {
                    case "Ref" -> out.add(String.valueOf(v).split("\\.")[0]);
                    case "Fn::GetAtt" -> out.add(v instanceof List<?> l ? String.valueOf(l.get(0))
                            : String.valueOf(v).split("\\.")[0]);
                    case "Fn::Sub" -> {
                        Matcher mm = SUB_VAR.matcher(v instanceof List<?> l ? String.valueOf(l.get(0)) : String.valueOf(v));
                        while (mm.find()) {
                            out.add(mm.group(1));
                        }
                    }
                    default -> out.addAll(referencedIds(v));
                }
            }
        } else if (value instanceof List<?> l) {
            l.forEach(x -> out.addAll(referencedIds(x)));
        }
        return out;
    }

    private static String[] segments(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }
}
