package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pins every skeleton alignment (chained anchors, links, scores) between all pairs of the samples and seeds,
 * so that speed work on the alignment cannot change a decision's inputs. Captured on the dense-DP
 * engine (commit 4e59ab7) before the sparse LCS; re-capture only for a deliberate behaviour change.
 */
class AlignmentGoldenTest {
    private static final String SAMPLES_ALIGNMENTS = "dd3b72a16946f67ddeb1f852811645defe649a1fdb6b214e6ffbee3cff4fd9a7";
    private static final String SEEDS_ALIGNMENTS = "c4694c391d043c70aa63023f3101b25b86f8655f41d6e165351ba69e12c488e7";

    @Test
    void seedsAlignmentsUnchanged() throws Exception {
        String dir = System.getProperty("storyprint.shared.dir");
        Assumptions.assumeTrue(dir != null, "storyprint.shared.dir not set: golden seed alignments skipped");
        Path seeds = Path.of(dir, "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds + ": golden seed alignments skipped");
        String digest = digest(seeds);
        System.out.println("golden seeds alignments=" + digest);
        assertEquals(SEEDS_ALIGNMENTS, digest);
    }

    @Test
    void samplesAlignmentsUnchanged() throws Exception {
        Path samples = Path.of("../../samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "no samples at " + samples.toAbsolutePath());
        String digest = digest(samples);
        System.out.println("golden samples alignments=" + digest);
        assertEquals(SAMPLES_ALIGNMENTS, digest);
    }

    static String digest(Path dir) throws Exception {
        Engine engine = Engine.standard();
        List<Fingerprint> fps = new ArrayList<>();
        for (Path f : GoldenOutputTest.texts(dir)) {
            fps.add(engine.fingerprint(new Article(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8),
                    null, null, null, null)));
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
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
                md.update(sb.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
