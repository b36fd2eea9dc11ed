package dev.storyprint.engine.analysis;

import java.util.List;

/**
 * A token filter that maps each term to one term, looking at nothing else. Consecutive term filters
 * are fused into one pass over the tokens by {@link TermFilters}.
 */
interface TermFilter extends TokenFilter {
    /** The new term; the same instance when nothing changes. */
    String term(String term);

    @Override
    default List<Token> apply(List<Token> tokens) {
        return new TermFilters(List.of(this)).apply(tokens);
    }
}
