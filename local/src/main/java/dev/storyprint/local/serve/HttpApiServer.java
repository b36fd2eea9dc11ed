package dev.storyprint.local.serve;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storyprint.local.Logs;
import dev.storyprint.local.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for API Gateway's HTTP API: a JDK HTTP server that turns each request into a
 * payload-2.0 {@link APIGatewayV2HTTPEvent} for the function the template routes it to, and the
 * function's {@link APIGatewayV2HTTPResponse} back into HTTP.
 */
public final class HttpApiServer implements AutoCloseable {
    /** Lambda refuses synchronous request payloads over 6 MB; the same request fails here before the handler. */
    static final int MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
    /** API Gateway's HTTP API quota on the request line and headers together, in bytes. */
    static final int MAX_HEADER_BYTES = 10_240;
    /** What the JDK server reads before giving up on a request's headers (it then only closes). */
    static final int MAX_READ_HEADER_BYTES = 4 * 1024 * 1024;

    static {
        // The JDK server drops a request with over 384 KB or 200 header lines without a word; let
        // such requests through to the check below, which answers them as API Gateway would.
        if (System.getProperty("sun.net.httpserver.maxReqHeaderSize") == null) {
            System.setProperty("sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_READ_HEADER_BYTES));
        }
        if (System.getProperty("sun.net.httpserver.maxReqHeaders") == null) {
            System.setProperty("sun.net.httpserver.maxReqHeaders", "10000");
        }
    }

    /** Requests handled at once: a few, like a small reserved concurrency. */
    static final int WORKERS = 4;
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
    /** Content types API Gateway passes as text; everything else arrives base64-encoded. */
    private static final List<String> TEXT_TYPES = List.of("text/", "application/json", "application/xml",
            "application/javascript", "application/x-www-form-urlencoded", "+json", "+xml");

    private static final ObjectMapper JSON = dev.storyprint.store.Json.MAPPER;

    /** Calls the function a route names with an event, as a synchronous Lambda invocation. */
    public interface Invoker {
        Object invoke(String function, APIGatewayV2HTTPEvent event) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpRoutes routes;
    private final Invoker invoker;

    public HttpApiServer(int port, HttpRoutes routes, Invoker invoker) throws IOException {
        this.routes = routes;
        this.invoker = invoker;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "http-api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            int headerBytes = headerBytes(ex);
            if (headerBytes > MAX_HEADER_BYTES) {
                error(ex, 431, "headers-too-large", "the request line and headers are " + headerBytes
                        + " bytes; the limit is " + MAX_HEADER_BYTES);
                return;
            }
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
            }
            if (body.length > MAX_PAYLOAD_BYTES) {
                error(ex, 413, "payload-too-large", "the request is over " + MAX_PAYLOAD_BYTES
                        + " bytes, Lambda's limit for a synchronous invocation");
                return;
            }
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            URI uri = ex.getRequestURI();
            String path = uri.getRawPath();
            HttpRoutes.Matched matched = routes.resolve(method, path);
            String function = matched != null ? matched.route().function() : routes.onlyFunction();
            if (function == null) {
                error(ex, 404, "not-found", "no route " + method + " " + path);
                return;
            }
            // No route fits but one function serves them all: give it the request as a $default
            // route would, so its own 404/405 (with Allow) answer instead of a bare gateway 404.
            APIGatewayV2HTTPEvent event = event(ex, method, uri, body,
                    matched == null ? HttpRoutes.DEFAULT_ROUTE : matched.route().routeKey(),
                    matched == null ? null : matched.pathParameters());
            Object result;
            try {
                result = invoker.invoke(function, event);
            } catch (Exception | LinkageError e) {
                Logs.info(function + " failed on " + method + " " + path + ": " + e);
                error(ex, 500, "internal", "the function failed; see its log");
                return;
            }
            respond(ex, result);
        }
    }

    static APIGatewayV2HTTPEvent event(HttpExchange ex, String method, URI uri, byte[] body, String routeKey,
                                       Map<String, String> pathParameters) {
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setVersion("2.0");
        e.setRouteKey(routeKey);
        e.setRawPath(uri.getRawPath());
        e.setRawQueryString(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        ex.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                for (String v : values) {
                    for (String c : v.split(";")) {
                        if (!c.isBlank()) {
                            cookies.add(c.strip());
                        }
                    }
                }
            } else {
                headers.put(lower, String.join(",", values));
            }
        });
        e.setHeaders(headers);
        e.setCookies(cookies.isEmpty() ? null : cookies);
        e.setQueryStringParameters(query(uri.getRawQuery()));
        e.setPathParameters(pathParameters == null || pathParameters.isEmpty() ? null : pathParameters);
        if (body.length > 0) {
            String text = isText(headers.get("content-type")) ? utf8(body) : null;
            e.setIsBase64Encoded(text == null);
            e.setBody(text != null ? text : Base64.getEncoder().encodeToString(body));
        }
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(uri.getRawPath());
        http.setProtocol(ex.getProtocol());
        http.setSourceIp(ex.getRemoteAddress().getAddress().getHostAddress());
        http.setUserAgent(headers.get("user-agent"));
        APIGatewayV2HTTPEvent.RequestContext rc = new APIGatewayV2HTTPEvent.RequestContext();
        rc.setAccountId(Template.LOCAL_ACCOUNT_ID);
        rc.setApiId("local");
        rc.setDomainName(headers.getOrDefault("host", "127.0.0.1"));
        rc.setRequestId(UUID.randomUUID().toString());
        rc.setRouteKey(routeKey);
        rc.setStage("$default");
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        rc.setTime(REQUEST_TIME.format(now));
        rc.setTimeEpoch(now.toInstant().toEpochMilli());
        rc.setHttp(http);
        e.setRequestContext(rc);
        return e;
    }

    /** API Gateway joins repeated query parameters with commas. */
    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.merge(k, v, (a, b) -> a + "," + b);
        }
        return out;
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        String type = (semi < 0 ? t : t.substring(0, semi)).strip();
        return TEXT_TYPES.stream().anyMatch(p -> p.endsWith("/") ? type.startsWith(p)
                : p.startsWith("+") ? type.endsWith(p) : type.equals(p));
    }

    /** The body as a string when it is valid UTF-8 (so the function sees the exact bytes), else null. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void respond(HttpExchange ex, Object result) throws IOException {
        if (!(result instanceof APIGatewayV2HTTPResponse r)) {
            // Payload 2.0 lets a function return a bare value: API Gateway sends it as a 200 JSON body.
            String json = result == null ? "" : String.valueOf(result);
            send(ex, 200, Map.of("content-type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (r.getHeaders() != null) {
            headers.putAll(r.getHeaders());
        }
        if (r.getMultiValueHeaders() != null) {
            r.getMultiValueHeaders().forEach((k, vs) -> headers.put(k, String.join(",", vs)));
        }
        if (r.getCookies() != null) {
            r.getCookies().forEach(c -> ex.getResponseHeaders().add("Set-Cookie", c));
        }
        String body = r.getBody() == null ? "" : r.getBody();
        byte[] bytes = r.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        send(ex, r.getStatusCode(), headers, bytes);
    }

    /** The request line and headers as sent: method, path, version, each "name: value" line. */
    private static int headerBytes(HttpExchange ex) {
        int n = ex.getRequestMethod().length() + ex.getRequestURI().toString().length() + ex.getProtocol().length() + 4;
        for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
            for (String v : h.getValue()) {
                n += h.getKey().length() + v.length() + 4;
            }
        }
        return n;
    }

    /** An error of the server itself, in the API's error shape {@code {"error", "message"}}. */
    private static void error(HttpExchange ex, int status, String error, String message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(JSON.createObjectNode().put("error", error).put("message", message));
        send(ex, status, Map.of("content-type", "application/json"), body);
    }

    private static void send(HttpExchange ex, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        boolean noBody = body.length == 0 || "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
