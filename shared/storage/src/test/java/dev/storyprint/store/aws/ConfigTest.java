package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private static final Map<String, String> MINIMAL = Map.of(
            "ARTICLES_BUCKET", "b", "ARTICLES_TABLE", "a", "SIGNATURES_TABLE", "s");

    @Test
    void defaultsPrefixesRegionAndNoEndpoint() {
        Config c = Config.from(MINIMAL::get);
        assertEquals("b", c.bucket());
        assertEquals("incoming/", c.layout().incomingPrefix());
        assertEquals("results/", c.layout().resultsPrefix());
        assertEquals("us-east-1", c.region());
        assertNull(c.endpointOverride());
    }

    @Test
    void readsOverrides() {
        Map<String, String> env = new java.util.HashMap<>(MINIMAL);
        env.put("STORYPRINT_ENDPOINT_URL", "http://127.0.0.1:4566");
        env.put("AWS_REGION", "eu-west-1");
        env.put("RESULTS_PREFIX", "out/");
        Config c = Config.from(env::get);
        assertEquals(URI.create("http://127.0.0.1:4566"), c.endpointOverride());
        assertEquals("eu-west-1", c.region());
        assertEquals("out/x.json", c.layout().resultKey("x"));
    }

    @Test
    void missingVariableIsNamed() {
        Map<String, String> env = Map.of("ARTICLES_BUCKET", "b", "ARTICLES_TABLE", "a");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Config.from(env::get));
        assertTrue(e.getMessage().contains("SIGNATURES_TABLE"), e.getMessage());
    }

    @Test
    void fromEnvironmentFallsBackToSystemProperties() {
        String[] names = {"ARTICLES_BUCKET", "ARTICLES_TABLE", "SIGNATURES_TABLE"};
        for (String n : names) {
            if (System.getenv(n) == null) {
                System.setProperty(n, "prop-" + n);
            }
        }
        try {
            Config c = Config.fromEnvironment();
            assertEquals(System.getenv("ARTICLES_TABLE") != null ? System.getenv("ARTICLES_TABLE") : "prop-ARTICLES_TABLE",
                    c.articlesTable());
        } finally {
            for (String n : names) {
                System.clearProperty(n);
            }
        }
    }
}
