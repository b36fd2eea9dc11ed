package dev.storyprint.engine.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The trigger bits of one analysis chain. A token filter that acts on few tokens declares which
 * ({@link OnTerms}: a test on the term; {@link OnSurfaces}: a test on the first char of a
 * capitalized surface), and the analyzer, building its chain, gives each such filter a bit here.
 * The term pass evaluates the term tests once per distinct term (memoized with the folded term),
 * the tokenizer the surface tests once per token. A filter then passes over a token with a clear
 * bit without reading its term, and skips the whole buffer when no token has its bit
 * ({@link TokenBuffer#rulesPresent}). A bit may be set needlessly (unknown terms have every term
 * bit), never missing: the filters' own tests still decide.
 */
final class Triggers {
    /** The term bits: five, since the byte's other three are {@link #SURFACE} and the term memo's two flags. */
    static final byte TERM_MASK = 0x1f;
    /** Set by the tokenizer on a token whose surface some {@link OnSurfaces} filter may act on; no filter changes surfaces. */
    static final byte SURFACE = 0x20;

    /** A chain with no triggered filter (a tokenizer or term pass used on its own, in tests and tools). */
    static final Triggers NONE = new Triggers(List.of(), List.of());

    /** Acts only on tokens whose term passes {@link #triggeredBy(String)}. */
    interface OnTerms {
        boolean triggeredBy(String term);
    }

    /** Acts only on capitalized tokens whose surface starts with a char that passes {@link #triggeredBy(char)}. */
    interface OnSurfaces {
        boolean triggeredBy(char first);
    }

    private final OnTerms[] onTerms;
    private final byte[] bits;
    private final OnSurfaces[] onSurfaces;
    /** Every bit the term tests can set: reset whenever a term changes. */
    final byte termBits;
    /** {@link #SURFACE} for each ASCII upper-case letter a surface test takes, else 0: the tokenizer's fast path. */
    final byte[] asciiSurface = new byte[0x80];

    private Triggers(List<OnTerms> onTerms, List<OnSurfaces> onSurfaces) {
        if (onTerms.size() > Integer.bitCount(TERM_MASK)) {
            throw new IllegalArgumentException("at most " + Integer.bitCount(TERM_MASK)
                    + " term-triggered token filters in one chain: one bit each (" + onTerms + ")");
        }
        this.onTerms = onTerms.toArray(new OnTerms[0]);
        this.bits = new byte[onTerms.size()];
        int all = 0;
        for (int k = 0; k < bits.length; k++) {
            bits[k] = (byte) (1 << k);
            all |= bits[k];
        }
        this.termBits = (byte) all;
        this.onSurfaces = onSurfaces.toArray(new OnSurfaces[0]);
        for (char c = 'A'; c <= 'Z'; c++) {
            asciiSurface[c] = onSurface(c) ? SURFACE : 0;
        }
    }

    /** The bits of {@code chain}, in its order; gives each triggered filter its bit. */
    static Triggers assign(List<TokenFilter> chain) {
        List<OnTerms> terms = new ArrayList<>();
        List<OnSurfaces> surfaces = new ArrayList<>();
        for (TokenFilter f : chain) {
            if ((f instanceof OnTerms || f instanceof OnSurfaces) && !(f instanceof TriggeredFilter)) {
                throw new IllegalArgumentException(f.getClass().getSimpleName()
                        + " declares a trigger but does not extend Triggers.TriggeredFilter, which holds its bit");
            }
            if (f instanceof OnTerms t) {
                terms.add(t);
            }
            if (f instanceof OnSurfaces s) {
                surfaces.add(s);
            }
        }
        Triggers triggers = new Triggers(terms, surfaces);
        for (int k = 0; k < terms.size(); k++) {
            ((TriggeredFilter) terms.get(k)).assign(triggers.bits[k]);
        }
        for (OnSurfaces s : surfaces) {
            ((TriggeredFilter) s).assign(SURFACE);
        }
        return triggers;
    }

    /** The term bits of {@code term}. */
    byte ofTerm(String term) {
        int b = 0;
        for (int k = 0; k < onTerms.length; k++) {
            if (onTerms[k].triggeredBy(term)) {
                b |= bits[k];
            }
        }
        return (byte) b;
    }

    /** Whether a capitalized surface starting with {@code first} gets the {@link #SURFACE} bit. */
    boolean onSurface(char first) {
        for (OnSurfaces s : onSurfaces) {
            if (s.triggeredBy(first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A token filter with a trigger: its bit, given by the chain that holds it. Unassigned (0: the
     * filter used on its own) it visits every token.
     */
    abstract static class TriggeredFilter implements TokenFilter {
        private byte bit;

        /** This filter's bit, or 0 outside a chain (see {@link TokenBuffer#mayTrigger}). */
        final byte bit() {
            return bit;
        }

        private void assign(byte b) {
            if (bit != 0) {
                throw new IllegalStateException(getClass().getSimpleName() + " is already in a chain: one instance per chain");
            }
            bit = b;
        }
    }
}
