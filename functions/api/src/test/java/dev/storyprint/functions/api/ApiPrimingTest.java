package dev.storyprint.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.storyprint.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Priming runs the request paths on canned SDK clients: no store, no network, no errors. */
class ApiPrimingTest {
    @Test
    void primingRunsEveryRouteOffline() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        List<Integer> statuses;
        try {
            statuses = ApiPriming.warm(Engine.standard());
        } finally {
            System.setErr(saved);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(-1, log.indexOf("internal error"), "priming hit an internal error:\n" + log);
        // a rejected post is decided and stored (on canned stores); the unknown ids and route are 404s
        assertEquals(List.of(200, 404, 404, 404), statuses);
    }
}
