package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed articles through read -> fingerprint -> decide, against expected.csv. */
class SeedsTest {
    private static Path seeds;
    private static final Engine ENGINE = Engine.standard();

    @BeforeAll
    static void locate() {
        String dir = System.getProperty("storyprint.shared.dir");
        Assumptions.assumeTrue(dir != null, "storyprint.shared.dir not set: seed tests skipped");
        seeds = Path.of(dir, "seeds");
        Assumptions.assumeTrue(Files.isRegularFile(seeds.resolve("expected.csv")),
                "no seeds at " + seeds + ": seed tests skipped (the shared directory sits beside the checkout in CI)");
    }

    /** A minimal in-memory store: registers verdicts, applies relabels, storyId = id of the story's original. */
    static final class Store {
        final Map<String, StoredArticle> byId = new LinkedHashMap<>();
        final Map<String, String> matchOf = new LinkedHashMap<>();
        long seq;

        Decision add(String id, Fingerprint fp) {
            long mySeq = ++seq;
            Decision d = ENGINE.decide(fp, mySeq, new ArrayList<>(byId.values()));
            String story = d.matched() == null ? id : d.matched().storyId();
            byId.put(id, new StoredArticle(id, story, d.label(), mySeq, fp));
            matchOf.put(id, d.matched() == null ? null : d.matched().articleId());
            for (Decision.Relabel r : d.relabels()) {
                StoredArticle old = r.article();
                byId.put(old.articleId(), new StoredArticle(old.articleId(), story, r.newLabel(), old.arrivalSeq(),
                        old.fingerprint()));
                matchOf.put(old.articleId(), id);
                System.out.printf("  relabel %s -> %s of %s (confidence %.3f)%n", old.articleId(), r.newLabel(), id,
                        r.confidence());
            }
            return d;
        }
    }

    static List<Path> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(seeds)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    static Fingerprint fingerprint(Path p) throws IOException {
        return fingerprint(p, null);
    }

    static Fingerprint fingerprint(Path p, Instant publishedAt) throws IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        return ENGINE.fingerprint(new Article(p.getFileName().toString(), text, null, null, null, publishedAt));
    }

    static void print(String id, Decision d) {
        System.out.printf("%s -> %s matched=%s confidence=%.3f containment=%.3f skeleton=%.3f%n  %s%n", id,
                d.label(), d.matched() == null ? null : d.matched().articleId(), d.confidence(),
                d.scores().containment(), d.scores().skeleton(), d.evidence().summary());
        if (!d.evidence().substitutions().isEmpty()) {
            System.out.println("  substitutions: " + d.evidence().substitutions());
        }
    }

    @Test
    void seedsInFileOrderMatchExpected() throws IOException {
        Map<String, String[]> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(seeds.resolve("expected.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", 4);
            if (!f[0].equals("file")) {
                expected.put(f[0], f);
            }
        }
        Store store = new Store();
        List<Path> files = seedFiles();
        for (Path p : files) {
            String id = p.getFileName().toString();
            print(id, store.add(id, fingerprint(p)));
        }
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            StoredArticle a = store.byId.get(e.getKey());
            assertNotNull(a, e.getKey());
            assertEquals(Label.fromWire(e.getValue()[1]), a.label(), e.getKey());
            String copyOf = e.getValue()[2].isEmpty() ? null : e.getValue()[2];
            assertEquals(copyOf, store.matchOf.get(e.getKey()), e.getKey() + " matched");
        }
    }

    @Test
    void spunCopyArrivingFirstIsRelabelledWhenPublicationDatesSaySo() throws IOException {
        List<Path> files = seedFiles();
        Path source = files.get(0);
        Path spun = files.get(1);
        // undated, the earlier arrival keeps its label: the texts alone do not reorder articles
        Store undated = new Store();
        assertEquals(Label.ORIGINAL, undated.add("001", fingerprint(spun, null)).label());
        Decision late = undated.add("000", fingerprint(source, null));
        assertTrue(late.relabels().isEmpty());
        assertEquals(Label.ORIGINAL, undated.byId.get("001").label());
        assertTrue(late.evidence().direction().contains("arrival order kept"), late.evidence().direction());
        // dated, the source published first takes the story and the spun copy is relabelled
        Store store = new Store();
        Decision first = store.add("001", fingerprint(spun, Instant.parse("2019-07-29T10:00:00Z")));
        print("001", first);
        assertEquals(Label.ORIGINAL, first.label());
        Decision second = store.add("000", fingerprint(source, Instant.parse("2019-07-28T10:00:00Z")));
        print("000", second);
        assertEquals(Label.ORIGINAL, second.label());
        assertEquals(1, second.relabels().size());
        assertEquals(Label.SPUN, store.byId.get("001").label());
        assertEquals("000", store.byId.get("001").storyId());
        assertTrue(second.relabels().get(0).evidence().direction().startsWith("published earlier"),
                second.relabels().get(0).evidence().direction());
    }

    @Test
    void pairScoresForTheRecord() throws IOException {
        List<Path> files = seedFiles();
        List<Fingerprint> fps = new ArrayList<>();
        for (Path p : files) {
            fps.add(fingerprint(p));
        }
        for (int i = 0; i < fps.size(); i++) {
            for (int j = i + 1; j < fps.size(); j++) {
                PairComparison p = PairComparison.compare(fps.get(i), i, fps.get(j), j);
                System.out.println(p.describe());
                if (i == 1 && j == 4) {
                    continue; // two copies of one story: either verdict is acceptable for this pair
                }
                boolean copies = i == 0 && (j == 1 || j == 4);
                assertEquals(copies, p.kind != PairComparison.Kind.NONE, p.describe());
            }
        }
    }
}
