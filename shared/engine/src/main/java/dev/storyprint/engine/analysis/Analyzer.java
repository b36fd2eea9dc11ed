package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * Turns article text into normalized {@link Token}s through a chain of small steps (text filters,
 * line filters, a tokenizer, token filters). This class is the one place where the order lives.
 */
public final class Analyzer {

    public static Analyzer standard() {
        return new Analyzer();
    }

    public List<Token> analyze(String text) {
        throw new UnsupportedOperationException("analysis chain not implemented yet");
    }
}
