package dev.storyprint.bench.perf;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Articles per second through {@code ./storyprint classify --json --concurrency 4} on generated
 * articles (a deterministic mix: 60% new stories, 20% syndicated and 20% spun copies of earlier
 * ones). A one-file run first makes sure the launcher's build step is not timed.
 */
public final class EndToEnd {
    /** Longest a classify run may take before it is stopped and reported as failed. */
    static final long TIMEOUT_MINUTES = 20;
    /** Every fifth article is syndicated, every fifth + 1 spun: 20% each. */
    static final int MIX_PERIOD = 5;

    private EndToEnd() {}

    public static void run(Report report, List<String> notes, Path root, int articles, int concurrency, PrintStream log)
            throws Exception {
        Path launcher = root.resolve("storyprint");
        if (!Files.isExecutable(launcher)) {
            notes.add("e2e: not measured: no ./storyprint launcher in " + root);
            return;
        }
        Path dir = Files.createTempDirectory("storyprint-e2e");
        try {
            writeArticles(dir, articles);
            Path warm = Files.createTempDirectory("storyprint-e2e-warm");
            Files.writeString(warm.resolve("a.txt"), NewsText.story(7), StandardCharsets.UTF_8);
            Run first = classify(launcher, root, warm, 1, log);
            deleteTree(warm);
            if (first.exit != 0) {
                notes.add("e2e: not measured: warm-up classify exited " + first.exit);
                return;
            }
            Run r = classify(launcher, root, dir, concurrency, log);
            if (r.exit != 0 || r.lines != articles) {
                notes.add("e2e: classify exited " + r.exit + " with " + r.lines + " verdicts for " + articles + " inputs");
                if (r.exit != 0) {
                    return;
                }
            }
            double perSecond = r.lines / r.seconds;
            report.put("endToEndArticlesPerSecond", perSecond);
            report.put("endToEndDetail", Map.of("articles", articles, "verdicts", r.lines, "seconds", r.seconds,
                    "concurrency", concurrency, "labels", r.labels,
                    "oneFileRunSeconds", first.seconds));
            notes.add(String.format(Locale.ROOT, "e2e: %d generated articles, ./storyprint classify --json --concurrency %d: "
                    + "%.1f s wall including JVM and stack start (a 1-file run took %.1f s), %.1f articles/s",
                    articles, concurrency, r.seconds, first.seconds, perSecond));
        } finally {
            deleteTree(dir);
        }
    }

    static void writeArticles(Path dir, int n) throws IOException {
        int stories = 0;
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text;
            if (i % MIX_PERIOD == 3 && !originals.isEmpty()) {
                text = NewsText.syndicated(originals.get((i * 7) % originals.size()), i);
            } else if (i % MIX_PERIOD == 4 && !originals.isEmpty()) {
                text = NewsText.spun(originals.get((i * 11) % originals.size()), i);
            } else {
                text = NewsText.story(20_000_000L + stories++);
                originals.add(text);
            }
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    record Run(int exit, int lines, double seconds, Map<String, Integer> labels) {}

    static Run classify(Path launcher, Path root, Path dir, int concurrency, PrintStream log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "classify", "--json", "--concurrency",
                Integer.toString(concurrency), dir.toString())
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        int lines = 0;
        Map<String, Integer> labels = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("{")) {
                    lines++;
                    int at = line.indexOf("\"label\"");
                    if (at >= 0) {
                        int q1 = line.indexOf('"', line.indexOf(':', at) + 1);
                        int q2 = line.indexOf('"', q1 + 1);
                        if (q1 > 0 && q2 > q1) {
                            labels.merge(line.substring(q1 + 1, q2), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            log.println("e2e: classify timed out");
            return new Run(-1, lines, (System.nanoTime() - t0) / 1e9, labels);
        }
        return new Run(p.exitValue(), lines, (System.nanoTime() - t0) / 1e9, labels);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
