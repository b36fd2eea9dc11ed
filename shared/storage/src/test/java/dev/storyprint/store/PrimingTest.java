package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Reading;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimingTest {
    @Test
    void syntheticTextIsAcceptedSoPrimingWalksTheWholePath() {
        Engine engine = Engine.standard();
        Reading r = engine.read(new Document(Priming.syntheticText().getBytes(StandardCharsets.UTF_8), "text/plain",
                "incoming/priming-a.txt", Map.of()));
        assertInstanceOf(Reading.Accepted.class, r, () -> "priming text rejected: " + r);
        Priming.warm(engine);
    }
}
