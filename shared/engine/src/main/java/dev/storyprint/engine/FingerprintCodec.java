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
        System.arraycopy(flags, 0, out, 0, flags.length);
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
            byte[] flags = new byte[words];
            System.arraycopy(raw, 0, flags, 0, words);
            String[] terms = new String[words];
            String text = new String(raw, words, rawLength - words, StandardCharsets.UTF_8);
            int start = 0;
            for (int i = 0; i < words; i++) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                terms[i] = text.substring(start, end);
                start = end + 1;
            }
            return new Fingerprint(id.isEmpty() ? null : id, hasPublished ? Instant.ofEpochSecond(sec, nano) : null,
                    terms, flags);
        } catch (IOException | DataFormatException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("corrupt fingerprint: " + e.getMessage(), e);
        }
    }
}
