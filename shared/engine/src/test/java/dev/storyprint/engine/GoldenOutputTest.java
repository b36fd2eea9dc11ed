package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact analyzer tokens and encoded fingerprints of the seeds and samples, so that
 * performance work on the chain cannot change any output. Expected hashes were captured before
 * the optimizations; if a deliberate behaviour change moves them, re-capture from the printed values.
 */
class GoldenOutputTest {
    private static final String SEEDS_TOKENS = "679166c4dfe31fca757c1eb8ee1b269cb514f959d21d8c09f49ec3bbb99d4729";
    private static final String SEEDS_FINGERPRINTS = "87187226f8908cc651be143b845df8a02a724d572fe6a3880f282db9cdbb3fe9";
    private static final String SAMPLES_TOKENS = "63f23151ac5f0f7f2ea94ad2c22eca68bdc36279aa3bd11a4a85bb8a3970b13c";
    private static final String SAMPLES_FINGERPRINTS = "cac858950c64bd6dada07be9b106dd1db814722246e847ad0e7d436a7d7167a6";
    private static final String MANGLED_TOKENS = "46080755daac13c1e2b5380c43591f77824832e4e8d08e9627ba064360a43357";
    private static final String MANGLED_FINGERPRINTS = "21426f7e3e8ee352674dcb68f6232c64dab737bcdb7fb8f89982b9a77076294a";

    /** Files of one directory, sorted by name; the repo root is two levels above the module. */
    static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Hex SHA-256 over every file's tokens (index 0) and encoded fingerprint (index 1). */
    static String[] digests(List<Path> files) throws IOException, NoSuchAlgorithmException {
        return digests(files, false);
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

    static String[] digests(List<Path> files, boolean mangled) throws IOException, NoSuchAlgorithmException {
        MessageDigest tokens = MessageDigest.getInstance("SHA-256");
        MessageDigest prints = MessageDigest.getInstance("SHA-256");
        Engine engine = Engine.standard();
        for (Path f : files) {
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            String text = mangled ? mangle(raw) : raw;
            StringBuilder sb = new StringBuilder();
            for (Token t : Analyzer.standard().analyze(text)) {
                sb.append(t.term()).append('\u0000').append(t.surface()).append('\u0000')
                        .append(t.sentence()).append(t.sentenceStart() ? '+' : '-').append('\n');
            }
            tokens.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            tokens.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            String id = f.getFileName().toString();
            prints.update(engine.fingerprint(new Article(id, text, null, null, null, null)).encode());
        }
        return new String[] {HexFormat.of().formatHex(tokens.digest()), HexFormat.of().formatHex(prints.digest())};
    }

    @Test
    void seedsOutputsUnchanged() throws Exception {
        String dir = System.getProperty("storyprint.shared.dir");
        Assumptions.assumeTrue(dir != null, "storyprint.shared.dir not set: golden seed check skipped");
        Path seeds = Path.of(dir, "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds + ": golden seed check skipped");
        List<Path> files = texts(seeds);
        assertFalse(files.isEmpty());
        String[] d = digests(files);
        System.out.println("golden seeds tokens=" + d[0] + " fingerprints=" + d[1]);
        assertEquals(SEEDS_TOKENS, d[0]);
        assertEquals(SEEDS_FINGERPRINTS, d[1]);
    }

    @Test
    void samplesOutputsUnchanged() throws Exception {
        Path samples = Path.of("../../samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "no samples at " + samples.toAbsolutePath());
        List<Path> files = texts(samples);
        assertFalse(files.isEmpty());
        String[] d = digests(files);
        System.out.println("golden samples tokens=" + d[0] + " fingerprints=" + d[1]);
        assertEquals(SAMPLES_TOKENS, d[0]);
        assertEquals(SAMPLES_FINGERPRINTS, d[1]);
    }

    @Test
    void mangledSamplesOutputsUnchanged() throws Exception {
        Path samples = Path.of("../../samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "no samples at " + samples.toAbsolutePath());
        List<Path> files = texts(samples);
        assertFalse(files.isEmpty());
        String[] d = digests(files, true);
        System.out.println("golden mangled tokens=" + d[0] + " fingerprints=" + d[1]);
        assertEquals(MANGLED_TOKENS, d[0]);
        assertEquals(MANGLED_FINGERPRINTS, d[1]);
    }
}
