package dev.storyprint.engine.analysis;

import java.util.List;

/** A token-level step: tokens in, tokens out (may change terms, merge or drop tokens). */
interface TokenFilter {
    List<Token> apply(List<Token> tokens);
}
