package dev.storyprint.engine;

/**
 * The two headline similarity scores of a verdict. {@code containment}: the larger of the two
 * directed surface containments (share of one article's winnowed shingles found in the other).
 * {@code skeleton}: share of the shorter skeleton aligned in order with the other.
 */
public record Scores(double containment, double skeleton) {
    public static final Scores NONE = new Scores(0, 0);
}
