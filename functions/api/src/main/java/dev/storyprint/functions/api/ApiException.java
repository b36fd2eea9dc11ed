package dev.storyprint.functions.api;

import java.util.Map;

/**
 * A request the API answers with an error document {@code {"error": code, "message": text}}.
 * {@code error} is a stable machine token; {@code message} is for people.
 */
final class ApiException extends RuntimeException {
    static final String BAD_REQUEST = "bad-request";
    static final String NOT_FOUND = "not-found";
    static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    static final String TOO_LARGE = "payload-too-large";
    static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    static final String BUSY = "busy";
    static final String INTERNAL = "internal";

    private final int status;
    private final String error;
    private final Map<String, String> headers;

    ApiException(int status, String error, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, BAD_REQUEST, message, Map.of());
    }

    static ApiException notFound(String message) {
        return new ApiException(404, NOT_FOUND, message, Map.of());
    }

    static ApiException methodNotAllowed(String message, String allow) {
        return new ApiException(405, METHOD_NOT_ALLOWED, message, Map.of("allow", allow));
    }

    static ApiException tooLarge(String message) {
        return new ApiException(413, TOO_LARGE, message, Map.of());
    }

    static ApiException unsupportedMediaType(String message) {
        return new ApiException(415, UNSUPPORTED_MEDIA_TYPE, message, Map.of());
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    Map<String, String> headers() {
        return headers;
    }
}
