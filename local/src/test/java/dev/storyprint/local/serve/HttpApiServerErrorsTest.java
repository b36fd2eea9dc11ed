package dev.storyprint.local.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local API's own answers (what API Gateway and Lambda answer in AWS before the function runs)
 * use the API's error shape {@code {"error", "message"}} and say nothing of the server's insides:
 * a body over Lambda's 6 MB, headers over API Gateway's 10 KB (also past the JDK server's own
 * 384 KB, where it used to drop the connection), a function that throws.
 */
class HttpApiServerErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static HttpApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new HttpApiServer(0, HttpRoutes.load(ServeClient.template()), (function, event) -> {
            if (event.getRawPath().equals("/articles/00000000000000000000")) {
                throw new IllegalStateException("com.example.Secret at line 42");
            }
            APIGatewayV2HTTPResponse r = new APIGatewayV2HTTPResponse();
            r.setStatusCode(200);
            r.setBody("{}");
            return r;
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBodyOverLambdasLimitIs413() throws Exception {
        String response = raw("POST /articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
                + (HttpApiServer.MAX_PAYLOAD_BYTES + 1) + "\r\n\r\n", HttpApiServer.MAX_PAYLOAD_BYTES + 1);
        assertError(response, 413, "payload-too-large");
    }

    @Test
    void headersOverApiGatewaysLimitAre431WhateverTheirSize() throws Exception {
        for (int size : new int[] {20_000, 500_000}) {
            assertError(raw("GET /stories/0123 HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(size) + "\r\n\r\n", 0),
                    431, "headers-too-large");
        }
    }

    @Test
    void manySmallHeadersWithinTheLimitGetThrough() throws Exception {
        // 300 lines, 4 KB: API Gateway takes them; the JDK server alone dropped the connection at 200
        StringBuilder many = new StringBuilder("GET /stories/0123 HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 300; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        String response = raw(many.append("\r\n").toString(), 0);
        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
    }

    @Test
    void aFailingFunctionIs500WithoutItsInsides() throws Exception {
        String response = raw("GET /articles/00000000000000000000 HTTP/1.1\r\nHost: x\r\n\r\n", 0);
        JsonNode body = assertError(response, 500, "internal");
        assertFalse(body.toString().contains("Secret") || body.toString().contains("Exception"), body.toString());
    }

    /** Sends the request (head, then {@code bodyBytes} zero bytes) and reads the whole response. */
    private static String raw(String head, int bodyBytes) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.uri().getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            try {
                for (int sent = 0; sent < bodyBytes; sent += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, bodyBytes - sent));
                }
            } catch (java.io.IOException e) {
                // the server may answer and close before taking it all; its answer is what counts
            }
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode assertError(String response, int status, String error) throws Exception {
        assertTrue(response.startsWith("HTTP/1.1 " + status + " "), response.lines().findFirst().orElse(response));
        JsonNode body = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertEquals(Map.of("error", error), Map.of("error", body.path("error").asText()));
        assertFalse(body.path("message").asText().isBlank(), body.toString());
        assertEquals(2, body.size(), body.toString());
        return body;
    }
}
