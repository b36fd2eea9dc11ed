package dev.storyprint.engine.analysis;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens of one article as parallel arrays, which the tokenizer fills and every token filter
 * edits in place: no {@link Token} object and no substring per word. A surface is a char range of
 * {@link #src}, the article's lines in one array, turned into a String only when a rule needs one.
 * A null term means "the surface as written" (the tokenizer's term before any filter). Flags are
 * computed once: capitalized when the surface is set, number and long term whenever the term changes.
 */
final class TokenBuffer {
    static final byte SENTENCE_START = AnalyzedTerms.SENTENCE_START;
    static final byte CAPITALIZED = AnalyzedTerms.CAPITALIZED;
    static final byte NUMBER = AnalyzedTerms.NUMBER;
    /** Set with every term (never while the term is null): {@link AnalyzedTerms#LONG_TERM}. */
    static final byte LONG_TERM = AnalyzedTerms.LONG_TERM;
    static final byte QUOTED = AnalyzedTerms.QUOTED;

    int size;
    /** The chars every surface is a range of (all lines of the article, one after the other): no pointer per token. */
    char[] src;
    /** End offset in {@link #src} of each line (paragraph) the tokenizer read, {@link #lines} of them. */
    int[] lineEnds = new int[8];
    int lines;
    /** The tokenizer's scratch: {@link #src} one byte a char (see Tokenizer.buffer), reused like it. */
    private byte[] asciiBytes = new byte[0];
    int[] start;
    int[] end;
    String[] term;
    int[] sentence;
    byte[] flags;
    /**
     * {@link TermHash} of each non-null term: filters compare it before loading the term. While the
     * term is null: the surface's chars {@link TermMemo#pack packed} by the tokenizer, or 0.
     */
    long[] hash;
    /** {@link Triggers} bits of each token. */
    byte[] rules;
    /** The chain's trigger tests, as the tokenizer that filled this buffer was given them. */
    Triggers triggers = Triggers.NONE;
    /** The OR of every token's {@link #rules} (or more): a filter whose bit is absent skips the buffer. */
    int rulesPresent;

    /** An empty buffer for tokens that are ranges of {@code src}. */
    TokenBuffer(char[] src, int capacity) {
        this(capacity);
        this.src = src;
    }

    TokenBuffer(int capacity) {
        allocate(capacity);
    }

    private void allocate(int capacity) {
        int c = Math.max(capacity, 8);
        start = new int[c];
        end = new int[c];
        term = new String[c];
        sentence = new int[c];
        flags = new byte[c];
        hash = new long[c];
        rules = new byte[c];
    }

    /**
     * Empties this buffer for the tokens of {@code chars} chars of text (returned: the array to
     * copy them into), keeping its arrays where they are large enough: a thread that analyzes
     * article after article then writes into memory it touched before, not into fresh allocations
     * that each come zeroed from main memory.
     */
    char[] reset(int chars, int capacity) {
        if (src == null || src.length < chars) {
            src = new char[chars];
        }
        if (start.length < capacity) {
            allocate(capacity);
        } else {
            // a fresh (young) term array: G1 then stores each token's term without the card-marking
            // fence that a store into a long-lived array costs, far more than zeroing one array
            term = new String[start.length];
        }
        size = 0;
        rulesPresent = 0;
        dropCount = 0;
        lines = 0;
        return src;
    }

    /** Records that a line (paragraph) of {@link #src} ends at {@code end}. */
    void endLine(int end) {
        if (lines == lineEnds.length) {
            lineEnds = Arrays.copyOf(lineEnds, 2 * lines);
        }
        lineEnds[lines++] = end;
    }

    /** The tokenizer's byte scratch, at least {@code length} long (contents undefined). */
    byte[] asciiBytes(int length) {
        if (asciiBytes.length < length) {
            asciiBytes = new byte[length];
        }
        return asciiBytes;
    }

    static TokenBuffer of(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token t : tokens) {
            text.append(t.surface());
        }
        char[] src = new char[text.length()];
        text.getChars(0, src.length, src, 0);
        TokenBuffer b = new TokenBuffer(src, tokens.size());
        int from = 0;
        for (Token t : tokens) {
            int to = from + t.surface().length();
            b.add(from, to, t.term(), t.sentence(), t.sentenceStart());
            from = to;
        }
        // rebuilt from Tokens, whose chain is unknown: every bit set, so every filter looks at every token
        Arrays.fill(b.rules, 0, b.size, EVERY_TRIGGER);
        b.rulesPresent = EVERY_TRIGGER;
        return b;
    }

    /** Appends the token {@code src[from, to)}; a null term reads as the surface (whose digits then make it a number). */
    void add(int from, int to, String t, int sentenceIndex, boolean sentenceStart) {
        char[] chars = src;
        byte f = sentenceStart ? SENTENCE_START : 0;
        if (capitalized(chars, from, to)) {
            f |= CAPITALIZED;
        }
        if (t == null) {
            boolean digit = false;
            for (int k = from; k < to; k++) {
                char c = chars[k];
                digit |= c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
            }
            if (digit) {
                f |= NUMBER;
            }
        } else if (hasDigit(t, 0, t.length())) {
            f |= NUMBER;
        }
        add(from, to, t, sentenceIndex, f);
    }

    private void add(int from, int to, String t, int sentenceIndex, byte f) {
        // the term bits are unknown until a term pass sets them
        byte r = triggers.termBits;
        if ((f & CAPITALIZED) != 0 && triggers.onSurface(src[from])) {
            r |= Triggers.SURFACE; // capitalized: the range is not empty
        }
        int i = addSurface(from, to, sentenceIndex, f, 0, r);
        if (t != null) {
            term[i] = t;
            hash[i] = TermHash.of(t);
            flags[i] |= AnalyzedTerms.longTerm(t);
        }
    }

    /**
     * Appends a token whose term is its surface, with its flags (capital, number, sentence start),
     * {@link TermMemo#pack packed} chars (or 0) and {@link Triggers} bits as the
     * tokenizer found them while scanning its chars. Returns its index.
     */
    int addSurface(int from, int to, int sentenceIndex, byte f, long packed, byte r) {
        if (size == start.length) {
            grow();
        }
        int i = size++;
        start[i] = from;
        end[i] = to;
        sentence[i] = sentenceIndex;
        flags[i] = f;
        hash[i] = packed;
        rules[i] = r;
        rulesPresent |= r;
        return i;
    }

    private void grow() {
        int c = start.length * 2;
        start = Arrays.copyOf(start, c);
        end = Arrays.copyOf(end, c);
        term = Arrays.copyOf(term, c);
        sentence = Arrays.copyOf(sentence, c);
        flags = Arrays.copyOf(flags, c);
        hash = Arrays.copyOf(hash, c);
        rules = Arrays.copyOf(rules, c);
    }

    /** Indexes marked by {@link #drop}, ascending, until {@link #compact}. */
    private int[] drops = new int[8];
    private int dropCount;

    /**
     * Marks token {@code i} for removal by the next {@link #compact}; marks come in ascending order.
     * Filters that drop a few tokens mark them and compact once, moving the runs between the marks
     * by array copies instead of every later token one by one.
     */
    void drop(int i) {
        if (dropCount == drops.length) {
            drops = Arrays.copyOf(drops, 2 * dropCount);
        }
        drops[dropCount++] = i;
    }

    /** Removes the tokens marked by {@link #drop}. */
    void compact() {
        if (dropCount == 0) {
            return;
        }
        int w = drops[0];
        for (int d = 0; d < dropCount; d++) {
            int from = drops[d] + 1;
            int to = d + 1 < dropCount ? drops[d + 1] : size;
            int len = to - from;
            if (len > 0) {
                moveRange(from, w, len);
                w += len;
            }
        }
        size = w;
        dropCount = 0;
    }

    private void moveRange(int from, int to, int len) {
        System.arraycopy(start, from, start, to, len);
        System.arraycopy(end, from, end, to, len);
        System.arraycopy(term, from, term, to, len);
        System.arraycopy(sentence, from, sentence, to, len);
        System.arraycopy(flags, from, flags, to, len);
        System.arraycopy(hash, from, hash, to, len);
        System.arraycopy(rules, from, rules, to, len);
    }

    String term(int i) {
        String t = term[i];
        if (t == null) {
            t = surface(i);
            term[i] = t;
            hash[i] = TermHash.of(t);
            flags[i] |= AnalyzedTerms.longTerm(t);
        }
        return t;
    }

    /** A constant term with its hash and digit test done once (its trigger bits depend on the chain). */
    record Literal(String text, long hash, boolean number) {
        static Literal of(String text) {
            return new Literal(text, TermHash.of(text), hasDigit(text, 0, text.length()));
        }
    }

    /** Every trigger bit: a token that any triggered filter must look at. */
    private static final byte EVERY_TRIGGER = Triggers.TERM_MASK | Triggers.SURFACE;

    /**
     * True when token {@code i} may trigger the filter of {@code bit} ({@link Triggers}); every token
     * may trigger a filter outside a chain (bit 0).
     */
    boolean mayTrigger(int i, byte bit) {
        return bit == 0 || (rules[i] & bit) != 0;
    }

    private static final VarHandle EIGHT_RULES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EVERY_BYTE = 0x0101010101010101L;

    /**
     * The first token index from {@code i} on that may trigger the filter of {@code bit}, or
     * {@link #size}: reads the bits of eight tokens at a time, since most tokens trigger nothing.
     */
    int nextTrigger(int i, byte bit) {
        if (bit == 0) {
            return i;
        }
        byte[] r = rules;
        int n = size;
        long mask = (bit & 0xffL) * EVERY_BYTE;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            long w = (long) EIGHT_RULES.get(r, i) & mask;
            if (w != 0) {
                return i + (Long.numberOfTrailingZeros(w) >>> 3);
            }
        }
        while (i < n && (r[i] & bit) == 0) {
            i++;
        }
        return i;
    }

    /** False when no token triggers the filter of {@code bit}: it has nothing to do. */
    boolean anyMayTrigger(byte bit) {
        return bit == 0 || (rulesPresent & bit) != 0;
    }

    /** True when token {@code i}'s term is {@code l}: most tokens are told apart by their hash alone. */
    boolean termIs(int i, Literal l) {
        String t = term[i];
        return t == null ? term(i).equals(l.text) : hash[i] == l.hash && t.equals(l.text);
    }

    /** False when token {@code i}'s term is surely neither {@code a} nor {@code b} (a hash test only). */
    boolean termMayBe(int i, Literal a, Literal b) {
        long h = hash[i];
        return term[i] == null || h == a.hash || h == b.hash;
    }

    void setTerm(int i, Literal l) {
        setTerm(i, l.text, l.number, l.hash, triggers.ofTerm(l.text));
    }

    /** Appends a copy of token {@code i} of {@code from}, whose {@link #src} this buffer shares. */
    void addCopy(TokenBuffer from, int i) {
        if (size == start.length) {
            grow();
        }
        int k = size++;
        start[k] = from.start[i];
        end[k] = from.end[i];
        term[k] = from.term[i];
        sentence[k] = from.sentence[i];
        flags[k] = from.flags[i];
        hash[k] = from.hash[i];
        rules[k] = from.rules[i];
        rulesPresent |= rules[k];
    }

    /** Sets a term whose digits are not known yet. */
    void setTerm(int i, String t) {
        setTerm(i, t, hasDigit(t, 0, t.length()));
    }

    void setTerm(int i, String t, boolean number) {
        setTerm(i, t, number, TermHash.of(t), triggers.ofTerm(t));
    }

    /** Sets a term whose number flag, {@link TermHash} and {@link Triggers} term bits are known (a memo hit). */
    void setTerm(int i, String t, boolean number, long termHash, byte termRules) {
        term[i] = t;
        flags[i] = (byte) (flags[i] & ~(NUMBER | LONG_TERM) | (number ? NUMBER : 0) | AnalyzedTerms.longTerm(t));
        hash[i] = termHash;
        byte r = (byte) (rules[i] & ~Triggers.TERM_MASK | termRules);
        rules[i] = r;
        rulesPresent |= r;
    }

    String surface(int i) {
        return new String(src, start[i], end[i] - start[i]);
    }

    int surfaceLength(int i) {
        return end[i] - start[i];
    }

    boolean surfaceEquals(int i, String s) {
        int from = start[i];
        if (s.length() != end[i] - from) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (src[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    boolean isCapitalized(int i) {
        return (flags[i] & CAPITALIZED) != 0;
    }

    boolean isNumber(int i) {
        return (flags[i] & NUMBER) != 0;
    }

    void setQuoted(int i) {
        flags[i] |= QUOTED;
    }

    boolean sentenceStart(int i) {
        return (flags[i] & SENTENCE_START) != 0;
    }

    void setSentenceStart(int i) {
        flags[i] |= SENTENCE_START;
    }

    List<Token> toTokens() {
        List<Token> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new Token(term(i), surface(i), sentence[i], sentenceStart(i)));
        }
        return out;
    }

    AnalyzedTerms toTerms() {
        for (int i = 0; i < size; i++) {
            if (term[i] == null) {
                term(i); // only when no term filter ran
            }
        }
        return new AnalyzedTerms(Arrays.copyOf(term, size), Arrays.copyOf(flags, size), Arrays.copyOf(hash, size));
    }

    /** {@link Token#isCapitalized()} of a surface range. */
    static boolean capitalized(char[] s, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c = s[from];
        // a one-char range must not pair its surrogate with the next char, as a substring would not
        return c < 0x80 ? c >= 'A' && c <= 'Z'
                : Character.isUpperCase(to - from == 1 ? c : Character.codePointAt(s, from, to));
    }

    /** {@link Token#isNumber()} of a char range. */
    static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
