package dev.storyprint.engine.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes to text, by one policy whatever the entrance (an S3 upload with any Content-Type, classify,
 * POST /articles): a binary signature rejects; a BOM (UTF-8, UTF-16LE/BE, UTF-32) decides; else
 * NUL-lane sniffing finds BOM-less UTF-16; else strict UTF-8; only then a declared charset (it
 * can name what detection cannot, never override valid UTF-8); else strict Windows-1252 when the
 * result is plausible Western text. Whatever chose the charset, the same checks follow on the
 * decoded text (NUL characters, control and replacement shares), so a declaration can change
 * which text is read, never whether odd text passes. Decoders REPORT errors, never replace.
 */
final class Decoding {
    private Decoding() {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** Text, or a rejection code and reason. */
    record Result(String text, String charset, String code, String reason) {
        static Result ok(String text, Charset charset) {
            return new Result(text, charset.name(), null, null);
        }

        static Result fail(String code, String reason) {
            return new Result(null, null, code, reason);
        }

        boolean failed() {
            return code != null;
        }
    }

    /** Decodes by the policy above; {@code contentType} may declare a charset. */
    static Result decode(byte[] bytes, String contentType) {
        String magic = BinarySignatures.match(bytes);
        if (magic != null) {
            return Result.fail("binary", "looks like " + magic + ", not text");
        }
        Charset bomCharset = null;
        int bom = 0;
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            bomCharset = UTF_32BE;
            bom = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            bomCharset = UTF_32LE;
            bom = 4;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bomCharset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bomCharset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bomCharset = StandardCharsets.UTF_16BE;
            bom = 2;
        }
        if (bomCharset != null) {
            String text = strict(bytes, bom, bomCharset);
            if (text == null) {
                return Result.fail("bad-encoding", "starts with a " + bomCharset.name() + " byte order mark but is not valid "
                        + bomCharset.name());
            }
            return checked(text, bomCharset);
        }
        Charset sniffed = bomlessUtf16(bytes);
        if (sniffed != null) {
            String text = strict(bytes, 0, sniffed);
            if (text == null) {
                return Result.fail("bad-encoding", "reads as " + sniffed.name() + " without a byte order mark (every other "
                        + "byte is NUL) but is not valid " + sniffed.name()
                        + ((bytes.length & 1) != 0 ? ": it has an odd number of bytes" : ": it has unpaired surrogates"));
            }
            return checked(text, sniffed);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, StandardCharsets.UTF_8);
        }
        Charset declared = declaredCharset(contentType);
        if (declared != null) {
            String text = strict(bytes, 0, declared);
            if (text != null) {
                return checked(text, declared);
            }
        }
        if (hasNul(bytes)) {
            return Result.fail("binary", "contains NUL bytes: binary data, not text (UTF-16 text without a byte order "
                    + "mark is read only when it is mostly Latin script; add one, or declare the charset)");
        }
        String single = strict(bytes, 0, WINDOWS_1252);
        if (single == null) {
            return Result.fail("bad-encoding", "neither valid UTF-8 nor Windows-1252 (bytes undefined in both)");
        }
        Result result = checked(single, WINDOWS_1252);
        if (result.failed()) {
            return result;
        }
        double nonAscii = nonAsciiLetterShare(single);
        if (nonAscii > Limits.MAX_SINGLE_BYTE_NON_ASCII_SHARE) {
            return Result.fail("bad-encoding", String.format(Locale.ROOT,
                    "not valid UTF-8, and as Windows-1252 %.0f%% of letters would be non-ASCII: unknown encoding", 100 * nonAscii));
        }
        return result;
    }

    /** Detection alone, as for a document that declares nothing. */
    static Result decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** The {@code charset} parameter of a content type, when the JVM knows it; else null. */
    static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = contentType.substring(at + "charset=".length()).split("[;,\\s]", 2)[0].replace("\"", "").strip();
        try {
            Charset c = name.isEmpty() || !Charset.isSupported(name) ? null : Charset.forName(name);
            // as browsers do (WHATWG Encoding): these labels mean Windows-1252, a superset
            return c != null && (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) ? WINDOWS_1252 : c;
        } catch (IllegalArgumentException e) {
            return null; // illegal charset name: detect instead
        }
    }

    /** Rejects decoded text that is mostly control characters or replacement characters. */
    private static Result checked(String text, Charset charset) {
        int controls = 0;
        int replacements = 0;
        int visible = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Result.fail("binary", "contains NUL characters: binary data, not text");
            }
            if (c == '\ufffd') {
                replacements++;
            } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7f && c <= 0x9f)) {
                controls++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
        }
        if (visible > 0 && controls > Limits.MAX_CONTROL_SHARE * visible) {
            return Result.fail("binary", String.format(Locale.ROOT,
                    "%.0f%% control characters: binary data, not text", 100.0 * controls / visible));
        }
        if (visible > 0 && replacements > Limits.MAX_REPLACEMENT_SHARE * visible) {
            return Result.fail("bad-encoding", String.format(Locale.ROOT,
                    "%.0f%% of characters are U+FFFD replacement characters: the text was corrupted before it arrived",
                    100.0 * replacements / visible));
        }
        String clean = !text.isEmpty() && text.charAt(0) == '\ufeff' ? text.substring(1) : text;
        return Result.ok(clean, charset);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-16 without BOM: in Latin text one byte lane is almost all NUL, the other almost none. */
    private static Charset bomlessUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, Limits.SNIFF_BYTES) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        double few = Limits.MAX_CONTROL_SHARE;
        if (oddNul >= Limits.UTF16_NUL_LANE_SHARE * pairs && evenNul <= few * pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul >= Limits.UTF16_NUL_LANE_SHARE * pairs && oddNul <= few * pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static double nonAsciiLetterShare(String text) {
        int letters = 0;
        int nonAscii = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (Character.isLetter(c) || !isCommonPunctuation(c)) {
                    nonAscii++;
                    letters++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters == 0 ? 0 : (double) nonAscii / letters;
    }

    /** Curly quotes, dashes, ellipsis, NBSP, currency: common in Windows-1252 Western text. */
    private static boolean isCommonPunctuation(char c) {
        return (c >= '\u2013' && c <= '\u2026') || c == '\u00a0' || c == '\u00a3' || c == '\u20ac' || c == '\u00b0'
                || c == '\u00a9' || c == '\u00ae' || c == '\u00b7' || c == '\u00ab' || c == '\u00bb';
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
