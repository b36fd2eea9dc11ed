package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Golden files for output-pinning tests: one line per item ({@code key TAB sha-256}) under
 * {@code src/test/resources/golden/}, so a failure names every item and field that changed. A
 * deliberate behaviour change re-captures them with {@code -Dstoryprint.golden.update=true}.
 * Inputs that are missing skip the test locally and fail it in CI (environment variable CI set):
 * a golden check that silently stops running protects nothing.
 */
final class Goldens {
    static final Path DIR = Path.of("src/test/resources/golden");

    private Goldens() {}

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Skips locally, fails in CI, when {@code ok} is false. */
    static void requireInput(boolean ok, String what) {
        if (!ok && System.getenv("CI") != null) {
            fail(what + " is missing, and CI must run the golden checks (../shared sits beside the checkout there)");
        }
        Assumptions.assumeTrue(ok, what + " is missing: golden check skipped");
    }

    /** Compares {@code actual} with the golden file {@code name}.tsv, or rewrites it when updating. */
    static void check(String name, Map<String, String> actual) throws IOException {
        Path file = DIR.resolve(name + ".tsv");
        if (Boolean.getBoolean("storyprint.golden.update")) {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(actual).forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
            Files.createDirectories(DIR);
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail("no golden file " + file + ": capture it with -Dstoryprint.golden.update=true");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                int tab = line.indexOf('\t');
                expected.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(actual).entrySet()) {
            String old = expected.get(e.getKey());
            if (old == null) {
                changes.add("new: " + e.getKey());
            } else if (!old.equals(e.getValue())) {
                changes.add("changed: " + e.getKey());
            }
        }
        for (String k : expected.keySet()) {
            if (!actual.containsKey(k)) {
                changes.add("gone: " + k);
            }
        }
        if (!changes.isEmpty()) {
            fail(changes.size() + " of " + expected.size() + " pinned outputs in " + file + " differ (re-capture with "
                    + "-Dstoryprint.golden.update=true only for a deliberate behaviour change):\n  "
                    + String.join("\n  ", changes));
        }
    }
}
