package dev.storyprint.engine.text;

import java.nio.charset.StandardCharsets;

/** Magic numbers of common binary formats that get uploaded by mistake (documents, images, archives). */
final class BinarySignatures {
    private BinarySignatures() {}

    private record Signature(String name, int offset, byte[] bytes) {}

    private static Signature sig(String name, int offset, int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new Signature(name, offset, b);
    }

    private static Signature sig(String name, int offset, String ascii) {
        return new Signature(name, offset, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static final Signature[] SIGNATURES = {
            sig("a PDF document", 0, "%PDF"),
            sig("a PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A),
            sig("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
            sig("a GIF image", 0, "GIF8"),
            sig("a ZIP archive (or DOCX/XLSX/EPUB)", 0, 'P', 'K', 3, 4),
            sig("a ZIP archive", 0, 'P', 'K', 5, 6),
            sig("a gzip archive", 0, 0x1F, 0x8B),
            sig("an ELF executable", 0, 0x7F, 'E', 'L', 'F'),
            sig("a Windows executable", 0, 'M', 'Z', 0x90, 0x00),
            sig("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            sig("a RAR archive", 0, "Rar!"),
            sig("a bzip2 archive", 0, 'B', 'Z', 'h'),
            sig("an xz archive", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
            sig("a zstd archive", 0, 0x28, 0xB5, 0x2F, 0xFD),
            sig("a RIFF media file (WAV/AVI/WebP)", 0, "RIFF"),
            sig("an MP3 file", 0, "ID3"),
            sig("an Ogg media file", 0, "OggS"),
            sig("a FLAC file", 0, "fLaC"),
            sig("an MP4/QuickTime media file", 4, "ftyp"),
            sig("an SQLite database", 0, "SQLite format 3"),
            sig("a WebAssembly module", 0, 0x00, 'a', 's', 'm'),
            sig("a Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            sig("an old Microsoft Office document", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            sig("a TIFF image", 0, 'I', 'I', 0x2A, 0x00),
            sig("a TIFF image", 0, 'M', 'M', 0x00, 0x2A),
            sig("a BMP image", 0, 'B', 'M'),
    };

    /** Binary headers put size and flag bytes within their first 64 bytes. */
    static final int HEADER_BYTES = 64;

    /** The name of the binary format {@code bytes} starts with, or null. */
    static String match(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (matches(bytes, s)) {
                // "BM", "RIFF", "GIF8" could open a text too: printable signatures count only when
                // binary bytes follow (headers carry sizes and flags); "%PDF" is unambiguous
                if (printable(s.bytes) && s.bytes[0] != '%' && !hasControlByte(bytes, HEADER_BYTES)) {
                    continue;
                }
                return s.name;
            }
        }
        return null;
    }

    private static boolean matches(byte[] bytes, Signature s) {
        if (bytes.length < s.offset + s.bytes.length) {
            return false;
        }
        for (int i = 0; i < s.bytes.length; i++) {
            if (bytes[s.offset + i] != s.bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(byte[] signature) {
        for (byte b : signature) {
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControlByte(byte[] bytes, int limit) {
        for (int i = 0; i < Math.min(limit, bytes.length); i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                return true;
            }
        }
        return false;
    }
}
