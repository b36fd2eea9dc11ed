package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chinese, Japanese and Thai articles are judged, not rejected as "too short: 1 word": their runs
 * of characters become overlapping bigrams, so a syndicated copy shares most of its source's
 * shingles while an unrelated story on a similar subject shares almost none.
 */
class UnspacedScriptsTest {
    private static final Engine ENGINE = Engine.standard();

    @Test
    void everyTextIsAcceptedWithItsBigramsCounted() throws IOException {
        for (String name : List.of("zh-a", "zh-b", "zh-c", "ja-a", "ja-b", "th-a", "th-b")) {
            Reading r = read(name);
            assertInstanceOf(Reading.Accepted.class, r, () -> name + ": " + r);
            assertTrue(fingerprint(name).wordCount() > 100, name);
        }
    }

    @Test
    void aSyndicatedCopyMatchesItsSourceInEachScript() throws IOException {
        for (String script : List.of("zh", "ja", "th")) {
            Decision d = decide(script + "-b", script + "-a");
            assertEquals(Label.SYNDICATED, d.label(), script + ": " + d.evidence().summary());
            assertTrue(d.scores().containment() > 0.7, script + ": " + d.scores());
        }
    }

    @Test
    void anUnrelatedStoryInTheSameScriptIsAnOriginal() throws IOException {
        Decision d = decide("zh-c", "zh-a");
        assertEquals(Label.ORIGINAL, d.label(), d.evidence().summary());
        assertTrue(d.scores().containment() < 0.05, d.scores().toString());
    }

    private static Decision decide(String incoming, String stored) throws IOException {
        Fingerprint source = fingerprint(stored);
        return ENGINE.decide(fingerprint(incoming), 2,
                List.of(new StoredArticle(source.articleId(), source.articleId(), Label.ORIGINAL, 1, source)));
    }

    private static Fingerprint fingerprint(String name) throws IOException {
        return ENGINE.fingerprint(((Reading.Accepted) read(name)).article());
    }

    private static Reading read(String name) throws IOException {
        try (InputStream in = UnspacedScriptsTest.class.getResourceAsStream("/unspaced/" + name + ".txt")) {
            return ENGINE.read(new Document(in.readAllBytes(), "text/plain", "incoming/" + name + ".txt", Map.of()));
        }
    }
}
