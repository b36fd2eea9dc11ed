package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.storyprint.engine.analysis.Analyzer;
import dev.storyprint.engine.analysis.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact analyzer tokens and encoded fingerprints of every seed and sample, one digest per
 * file and field in src/test/resources/golden/ ({@link Goldens}), so that performance work on the
 * chain cannot change any output unnoticed, and a deliberate change shows which files it moved.
 */
class GoldenOutputTest {
    /** Files of one directory, sorted by name; the repo root is two levels above the module. */
    static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * The same text with typographic and invisible characters worked in, so the fast paths for
     * plain ASCII input and the slow paths both stay pinned.
     */
    static String mangle(String text) {
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = i % 97;
            if (c == '\'' && k % 2 == 0) {
                sb.append('\u2019');
            } else if (c == '"') {
                sb.append(k % 2 == 0 ? '\u201C' : '\u201D');
            } else if (c == '-' && k % 3 == 0) {
                sb.append('\u2014');
            } else if (c == ' ' && k == 5) {
                sb.append('\u00A0');
            } else if (c == ' ' && k == 7) {
                sb.append("  \t");
            } else if (c == 'f' && k % 5 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'i') {
                sb.append('\uFB01');
                i++;
            } else if (c == '\n' && k % 4 == 0) {
                sb.append("\r\n");
            } else {
                sb.append(c);
            }
            if (k == 50) {
                sb.append('\u200B');
            } else if (k == 60 && Character.isLetter(c)) {
                sb.append('\u0301');
            } else if (k == 70) {
                sb.append('\u00AD');
            }
        }
        return sb.toString();
    }

    /** Per file: the tokens' digest and the encoded fingerprint's digest, keyed "file tokens" / "file fingerprint". */
    static Map<String, String> digests(List<Path> files, boolean mangled) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Engine engine = Engine.standard();
        for (Path f : files) {
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            String text = mangled ? mangle(raw) : raw;
            StringBuilder sb = new StringBuilder();
            for (Token t : Analyzer.standard().analyze(text)) {
                sb.append(t.term()).append('\u0000').append(t.surface()).append('\u0000')
                        .append(t.sentence()).append(t.sentenceStart() ? '+' : '-').append('\n');
            }
            String id = f.getFileName().toString();
            out.put(id + " tokens", Goldens.sha256(sb.toString()));
            out.put(id + " fingerprint", HexFormat.of().formatHex(sha256(
                    engine.fingerprint(new Article(id, text, null, null, null, null)).encode())));
        }
        return out;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void seedsOutputsUnchanged() throws Exception {
        String dir = System.getProperty("storyprint.shared.dir");
        Path seeds = dir == null ? null : Path.of(dir, "seeds");
        Goldens.requireInput(seeds != null && Files.isDirectory(seeds), "the seeds directory (../shared/seeds)");
        List<Path> files = texts(seeds);
        assertFalse(files.isEmpty());
        Goldens.check("seeds-outputs", digests(files, false));
    }

    @Test
    void samplesOutputsUnchanged() throws Exception {
        Path samples = Path.of("../../samples");
        Goldens.requireInput(Files.isDirectory(samples), "samples/ at " + samples.toAbsolutePath());
        Goldens.check("samples-outputs", digests(texts(samples), false));
    }

    @Test
    void mangledSamplesOutputsUnchanged() throws Exception {
        Path samples = Path.of("../../samples");
        Goldens.requireInput(Files.isDirectory(samples), "samples/ at " + samples.toAbsolutePath());
        Goldens.check("mangled-samples-outputs", digests(texts(samples), true));
    }
}
