package dev.storyprint.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's template.yaml, optionally with the real handlers swapped for test stand-ins. */
final class TestTemplates {
    private TestTemplates() {}

    static Path root() {
        String root = System.getProperty("storyprint.root.dir");
        Path p = root != null ? Path.of(root) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    static Path projectTemplate() {
        return root().resolve("template.yaml");
    }

    /** A copy of template.yaml whose fingerprint and match handlers are the echo stand-ins. */
    static Path withEchoHandlers(Path dir) throws IOException {
        String yaml = Files.readString(projectTemplate())
                .replace("dev.storyprint.functions.fingerprint.FingerprintHandler",
                        "dev.storyprint.local.testhandlers.EchoFingerprintHandler")
                .replace("dev.storyprint.functions.match.MatchHandler",
                        "dev.storyprint.local.testhandlers.EchoMatchHandler");
        Path out = dir.resolve("template.yaml");
        Files.writeString(out, yaml);
        return out;
    }
}
