package dev.storyprint.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Binary form of a {@link Fingerprint}: {@code magic 'S','P', version, articleId (UTF),
 * hasPublished, epochSecond, nano, wordCount, deflatedLength, deflated bytes}. The deflated block
 * is the flags (one byte per word) followed by the terms joined by '\n' in UTF-8. Everything
 * else is derived on decode. A 25,000-word article encodes to roughly 45-60 KB.
 */
final class FingerprintCodec {
    static final int VERSION = 1;
    private static final byte MAGIC_0 = 'S';
    private static final byte MAGIC_1 = 'P';
    /** Guards decode against absurd sizes from corrupt input: 4 million words is far above any article. */
    private static final int MAX_WORDS = 4_000_000;

    private FingerprintCodec() {}

    static byte[] encode(Fingerprint fp) {
        String[] terms = fp.terms();
        byte[] flags = fp.flags();
        byte[] input = rawBlock(terms, flags);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(input);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream(input.length / 3 + 64);
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            int k = deflater.deflate(buf);
            packed.write(buf, 0, k);
        }
        deflater.end();
        byte[] deflated = packed.toByteArray();
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream(deflated.length + 64);
            DataOutputStream out = new DataOutputStream(bos);
            out.writeByte(MAGIC_0);
            out.writeByte(MAGIC_1);
            out.writeByte(VERSION);
            out.writeUTF(fp.articleId() == null ? "" : fp.articleId());
            Instant p = fp.publishedAt();
            out.writeBoolean(p != null);
            out.writeLong(p == null ? 0 : p.getEpochSecond());
            out.writeInt(p == null ? 0 : p.getNano());
            out.writeInt(terms.length);
            out.writeInt(input.length);
            out.writeInt(deflated.length);
            out.write(deflated);
            out.flush();
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The flags then the terms joined by '\n' (a '\n' inside a term becomes a space), in UTF-8.
     * ASCII terms, nearly all of them, are copied char by char without a per-term byte array.
     */
    static byte[] rawBlock(String[] terms, byte[] flags) {
        int size = flags.length + terms.length;
        for (String t : terms) {
            size += t.length();
        }
        byte[] out = new byte[size];
        for (int i = 0; i < flags.length; i++) {
            out[i] = (byte) (flags[i] & Fingerprint.ENCODED_FLAGS); // the long-term flag is derived, not stored
        }
        int len = flags.length;
        int rest = size - len; // chars of the separators and terms not yet written
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                out[len++] = '\n';
            }
            rest--; // one separator per term, budgeted even for the first
            String t = terms[i];
            int n = t.length();
            rest -= n;
            int start = len;
            int j = 0;
            for (; j < n; j++) {
                char c = t.charAt(j);
                if (c >= 0x80) {
                    break;
                }
                out[len++] = (byte) (c == '\n' ? ' ' : c);
            }
            if (j < n) {
                byte[] b = t.replace('\n', ' ').getBytes(StandardCharsets.UTF_8);
                len = start;
                // room for this term's bytes plus one byte per char of the later terms and separators
                int need = len + b.length + rest;
                if (need > out.length) {
                    out = Arrays.copyOf(out, Math.max(need, out.length * 2));
                }
                System.arraycopy(b, 0, out, len, b.length);
                len += b.length;
            }
        }
        return len == out.length ? out : Arrays.copyOf(out, len);
    }

    /**
     * Splits the '\n'-joined terms after the flags into {@code terms} with their hashes, straight
     * from the bytes: an ASCII term is hashed as it is scanned (its bytes are its chars) and a
     * repeated term reuses the String of its first occurrence, found by hash and checked byte by
     * byte, so a word like "the" is one String however often it occurs. Other terms are decoded as
     * UTF-8, which gives the same as decoding the whole block (a '\n' byte is never inside a
     * UTF-8 sequence).
     *
     * @throws IllegalArgumentException when the block holds fewer terms than {@code words}
     */
    static void splitTerms(byte[] raw, int words, int rawLength, String[] terms, long[] hashes) {
        TermTable seen = new TermTable(words);
        int p = words;
        for (int i = 0; i < words; i++) {
            if (p > rawLength) {
                throw new IllegalArgumentException("corrupt fingerprint: fewer terms than words");
            }
            int start = p;
            long h = Hashing.FNV_OFFSET;
            int high = 0;
            while (p < rawLength) {
                byte b = raw[p];
                if (b == '\n') {
                    break;
                }
                high |= b;
                h = (h ^ (b & 0xff)) * Hashing.FNV_PRIME;
                p++;
            }
            if (high >= 0) { // all ASCII: the byte hash is the char hash
                long hash = Hashing.mix(h);
                terms[i] = seen.intern(hash, raw, start, p);
                hashes[i] = hash;
            } else {
                String t = new String(raw, start, p - start, StandardCharsets.UTF_8);
                terms[i] = t;
                hashes[i] = Hashing.term(t);
            }
            p++; // past the '\n'
        }
    }

    /** Open-addressing map from an ASCII term's hash to its String, for one decode. */
    private static final class TermTable {
        private final long[] keys;
        private final String[] values;
        private final int mask;

        TermTable(int words) {
            // about half an article's words are distinct: at most 2/3 full when all of them are
            int cap = Integer.highestOneBit(Math.max(2, words + words / 2)) << 1;
            keys = new long[cap];
            values = new String[cap];
            mask = cap - 1;
        }

        String intern(long hash, byte[] raw, int from, int to) {
            int i = (int) hash & mask;
            String s;
            while ((s = values[i]) != null) {
                if (keys[i] == hash && sameAscii(s, raw, from, to)) {
                    return s;
                }
                i = (i + 1) & mask;
            }
            s = new String(raw, from, to - from, StandardCharsets.ISO_8859_1);
            keys[i] = hash;
            values[i] = s;
            return s;
        }

        private static boolean sameAscii(String s, byte[] raw, int from, int to) {
            if (s.length() != to - from) {
                return false;
            }
            for (int j = from; j < to; j++) {
                if (s.charAt(j - from) != raw[j]) {
                    return false;
                }
            }
            return true;
        }
    }

    static Fingerprint decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readByte() != MAGIC_0 || in.readByte() != MAGIC_1) {
                throw new IllegalArgumentException("not a storyprint fingerprint");
            }
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unsupported fingerprint version " + version);
            }
            String id = in.readUTF();
            boolean hasPublished = in.readBoolean();
            long sec = in.readLong();
            int nano = in.readInt();
            int words = in.readInt();
            int rawLength = in.readInt();
            int deflatedLength = in.readInt();
            if (words < 0 || words > MAX_WORDS || rawLength < words || deflatedLength < 0
                    || deflatedLength > bytes.length || rawLength > MAX_WORDS * 64) {
                throw new IllegalArgumentException("corrupt fingerprint header");
            }
            byte[] deflated = new byte[deflatedLength];
            in.readFully(deflated);
            Inflater inflater = new Inflater();
            inflater.setInput(deflated);
            byte[] raw = new byte[rawLength];
            int got = 0;
            while (got < rawLength && !inflater.finished()) {
                int k = inflater.inflate(raw, got, rawLength - got);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                got += k;
            }
            // read on to the end of the stream so the zlib checksum is verified
            boolean clean = got == rawLength && (inflater.finished() || inflater.inflate(new byte[1]) == 0 && inflater.finished());
            inflater.end();
            if (!clean) {
                throw new IllegalArgumentException("corrupt fingerprint body");
            }
            byte[] flags = Arrays.copyOf(raw, words);
            String[] terms = new String[words];
            long[] hashes = new long[words];
            splitTerms(raw, words, rawLength, terms, hashes);
            return Fingerprint.decoded(id.isEmpty() ? null : id, hasPublished ? Instant.ofEpochSecond(sec, nano) : null,
                    terms, flags, hashes);
        } catch (IOException | DataFormatException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("corrupt fingerprint: " + e.getMessage(), e);
        }
    }
}
