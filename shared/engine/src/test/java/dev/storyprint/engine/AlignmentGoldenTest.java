package dev.storyprint.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pins every skeleton alignment (chained anchors, links, scores) between all pairs of the samples
 * and of the seeds, one digest per pair in src/test/resources/golden/ ({@link Goldens}), so that
 * speed work on the alignment cannot change a decision's inputs unnoticed.
 */
class AlignmentGoldenTest {
    @Test
    void seedsAlignmentsUnchanged() throws Exception {
        String dir = System.getProperty("storyprint.shared.dir");
        Path seeds = dir == null ? null : Path.of(dir, "seeds");
        Goldens.requireInput(seeds != null && Files.isDirectory(seeds), "the seeds directory (../shared/seeds)");
        Goldens.check("seeds-alignments", digests(seeds));
    }

    @Test
    void samplesAlignmentsUnchanged() throws Exception {
        Path samples = Path.of("../../samples");
        Goldens.requireInput(Files.isDirectory(samples), "samples/ at " + samples.toAbsolutePath());
        Goldens.check("samples-alignments", digests(samples));
    }

    /** One digest per ordered pair of the directory's articles, keyed "a ~ b". */
    static Map<String, String> digests(Path dir) throws Exception {
        Engine engine = Engine.standard();
        List<Fingerprint> fps = new ArrayList<>();
        for (Path f : GoldenOutputTest.texts(dir)) {
            fps.add(engine.fingerprint(new Article(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8),
                    null, null, null, null)));
        }
        Map<String, String> out = new TreeMap<>();
        for (Fingerprint a : fps) {
            for (Fingerprint b : fps) {
                SkeletonAlignment al = SkeletonAlignment.align(a.skeleton(), b.skeleton());
                StringBuilder sb = new StringBuilder();
                sb.append(al.score).append(' ').append(al.lcs).append(' ').append(al.coverageA).append(' ')
                        .append(al.coverageB).append(' ').append(al.strongAnchors);
                for (int t = 0; t < al.anchors(); t++) {
                    sb.append(' ').append(al.aWords[t]).append(':').append(al.bWords[t]);
                    if (t < al.linked.length) {
                        sb.append(al.linked[t] ? '-' : '|');
                    }
                }
                out.put(a.articleId() + " ~ " + b.articleId(), Goldens.sha256(sb.toString()));
            }
        }
        return out;
    }
}
