package dev.storyprint.engine.analysis;

/** A character-level step of the chain: whole text in, whole text out. */
interface TextFilter {
    String apply(String text);
}
