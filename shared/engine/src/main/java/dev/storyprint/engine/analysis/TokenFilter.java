package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * A token-level step: tokens in, tokens out (may change terms, merge or drop tokens). Filters edit
 * the {@link TokenBuffer} in place where they can and return it (or a new one when tokens are
 * inserted); the {@link Token} list form is for tests and tools.
 */
interface TokenFilter {
    TokenBuffer apply(TokenBuffer tokens);

    default List<Token> apply(List<Token> tokens) {
        return apply(TokenBuffer.of(tokens)).toTokens();
    }
}
