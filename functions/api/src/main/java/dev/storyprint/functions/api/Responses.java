package dev.storyprint.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.storyprint.store.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the HTTP API's responses: always JSON, never cached (verdicts change when relabelled). */
final class Responses {
    static final String JSON_TYPE = "application/json; charset=utf-8";

    private Responses() {}

    static APIGatewayV2HTTPResponse json(int status, Map<String, ?> body, Map<String, String> extraHeaders) {
        return raw(status, Json.write(body), extraHeaders);
    }

    /** {@code body} is already JSON text (e.g. a stored verdict). */
    static APIGatewayV2HTTPResponse raw(int status, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", JSON_TYPE);
        headers.put("cache-control", "no-store");
        headers.putAll(extraHeaders);
        APIGatewayV2HTTPResponse r = new APIGatewayV2HTTPResponse();
        r.setStatusCode(status);
        r.setHeaders(headers);
        r.setBody(body);
        r.setIsBase64Encoded(false);
        return r;
    }

    /** A page of the story viewer: self-contained HTML, never cached (labels change when relabelled). */
    static APIGatewayV2HTTPResponse html(String body) {
        APIGatewayV2HTTPResponse r = raw(200, body, Map.of());
        r.getHeaders().put("content-type", "text/html; charset=utf-8");
        return r;
    }

    static APIGatewayV2HTTPResponse error(ApiException e) {
        return error(e.status(), e.error(), e.getMessage(), e.headers());
    }

    static APIGatewayV2HTTPResponse error(int status, String error, String message, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return json(status, body, headers);
    }
}
