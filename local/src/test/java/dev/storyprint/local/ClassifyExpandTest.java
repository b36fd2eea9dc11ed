package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyExpandTest {

    @Test
    void directoryGivesArticlesSortedByNameAndSkipsFilesDescribingIt(@TempDir Path dir) throws Exception {
        for (String name : List.of("b.txt", "a.html", "README.md", "expected.csv", ".hidden", "c.json", "d")) {
            Files.writeString(dir.resolve(name), "x");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Path> files = Classify.expand(List.of(dir.toString()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(List.of("a.html", "b.txt", "c.json", "d"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("skipped 2 file(s)"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void explicitlyNamedFilesAreAlwaysClassifiedInArgumentOrder(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("expected.csv"), "x");
        Path txt = Files.writeString(dir.resolve("a.txt"), "x");
        List<Path> files = Classify.expand(List.of(csv.toString(), txt.toString()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(List.of(csv, txt), files);
    }
}
