package dev.storyprint.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryRequiredKeyEvenWhenAStageDidNotRun() throws Exception {
        Report r = new Report();
        r.put("engineMBps", 12.5);
        r.put("requestsPerArticle", new LinkedHashMap<>(Map.of("1000", 9.0)));
        r.write(dir);
        String json = Files.readString(dir.resolve("latest.json"), StandardCharsets.UTF_8);
        for (String key : Report.REQUIRED_KEYS) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing from " + json);
        }
        assertTrue(json.contains("\"engineMBps\": 12.5"), json);
        assertTrue(json.contains("\"boundMBps\": null"), json);
        assertTrue(Files.readString(dir.resolve("scale.svg")).startsWith("<svg"));
        assertTrue(Files.readString(dir.resolve("latest.md")).contains("| engine normalize+fingerprint"));
    }

    @Test
    void coldStartRowsCompareEachFunctionWithItsSameCallsBaseline() {
        Report r = new Report();
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("match", 1000.0);
        own.put("baselineSameIo.match", 800.0);
        r.put("coldStartOwnMs", own);
        r.put("coldStartMs", new LinkedHashMap<>(Map.of("match", 1300.0)));
        r.put("baselineSameIo", new LinkedHashMap<>(Map.of("match", 1000.0)));
        r.put("jarBytes", new LinkedHashMap<>(Map.of("match", 14L * 1024 * 1024)));
        String md = r.markdown();
        assertTrue(md.contains("| cold start own time (wall minus emulators), ms: match vs baseline | 1000 vs 800 (1.25x) |"), md);
        assertTrue(md.contains("| cold start match | its same-calls baseline (ms) | jar | 1300 | 1000 (1.30x) | 14.0 MiB | <= 1.25x baseline | NO |"),
                md);
    }

    @Test
    void aJarOlderThanASourceIsStale() throws Exception {
        Path jar = Files.writeString(dir.resolve("f.jar"), "jar");
        Path source = Files.createDirectories(dir.resolve("m/src/main/java")).resolve("A.java");
        Files.writeString(source, "class A {}");
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertEquals(null, ColdStart.newerSource(jar, List.of(dir.resolve("m"))));
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(source, ColdStart.newerSource(jar, List.of(dir.resolve("m"))));
    }

    @Test
    void jsonEscapesAndNestsRecords() {
        record P(String name, double value, List<Integer> xs) {}
        String json = Json.write(Map.of("p", new P("a\"b\n", 1.5, List.of(1, 2))));
        assertEquals("{\n  \"p\": {\n    \"name\": \"a\\\"b\\n\",\n    \"value\": 1.5,\n    \"xs\": [\n      1,\n      2\n    ]\n  }\n}\n",
                json);
    }

    @Test
    void percentileIsNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, ScaleRun.percentile(sorted, 0.5));
        assertEquals(10, ScaleRun.percentile(sorted, 0.99));
        assertEquals(1, ScaleRun.percentile(new double[] {1}, 0.99));
    }

    @Test
    void boundSplitsLowercaseWordsOnly() {
        assertEquals(List.of("the", "u", "s", "said", "300", "billion"),
                EngineBenchmark.lowercaseTokens("The U.S. said: \"$300 billion\""));
    }

    @Test
    void generatedStoriesAreDeterministicAndCopiesDiffer() {
        String a = NewsText.story(42);
        assertEquals(a, NewsText.story(42));
        assertTrue(a.split("\\s+").length > 300, "a wire-length story");
        String syn = NewsText.syndicated(a, 1);
        String spun = NewsText.spun(a, 1);
        assertTrue(!syn.equals(a) && !spun.equals(a));
    }
}
