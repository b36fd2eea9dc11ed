package dev.storyprint.engine.analysis;

/**
 * One bit per token filter after the term pass: set on a token that the filter might act on. Each
 * filter owns its test ({@code triggeredBy}); the term pass evaluates the term tests once per
 * distinct term (memoized with the folded term), the tokenizer the surface test once per token.
 * A filter then passes over a token with a clear bit without reading its term, and skips the whole
 * buffer when no token has its bit ({@link TokenBuffer#rulesPresent}). A bit may be set needlessly
 * (unknown terms have every term bit), never missing: the filters' own tests still decide.
 */
final class Triggers {
    private Triggers() {}

    static final byte NUMBER_SIGN = 1;
    static final byte MONTH = 2;
    static final byte MAGNITUDE = 4;
    static final byte PERCENT = 8;
    static final byte HONORIFIC = 16;
    /** Every bit that depends on the term: reset whenever the term changes. */
    static final byte TERM_BITS = NUMBER_SIGN | MONTH | MAGNITUDE | PERCENT | HONORIFIC;
    /** Depends on the surface only, which no filter changes. */
    static final byte COUNTRY = 32;
    // 0x40 and 0x80 are the term memo's number and long-term flags: no trigger uses them

    /** The term bits of {@code term}. */
    static byte ofTerm(String term) {
        int b = 0;
        if (FoldNumberSign.triggeredBy(term)) {
            b |= NUMBER_SIGN;
        }
        if (FoldMonthAbbreviations.triggeredBy(term)) {
            b |= MONTH;
        }
        if (SplitMagnitudes.triggeredBy(term)) {
            b |= MAGNITUDE;
        }
        if (FoldPercent.triggeredBy(term)) {
            b |= PERCENT;
        }
        if (DropHonorifics.triggeredBy(term)) {
            b |= HONORIFIC;
        }
        return (byte) b;
    }
}
