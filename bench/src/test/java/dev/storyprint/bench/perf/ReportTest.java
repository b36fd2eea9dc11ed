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
