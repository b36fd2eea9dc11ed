package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.LocalAws;
import dev.storyprint.store.memory.InMemoryMatchQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The five seed documents through both pipeline steps, in file-name order, against expected.csv. */
class SeedsPipelineTest {
    @Test
    void seedsGetTheirExpectedLabelsAndStories() throws Exception {
        String shared = System.getProperty("storyprint.shared.dir");
        Path seeds = shared == null ? null : Path.of(shared, "seeds");
        assumeTrue(seeds != null && Files.isRegularFile(seeds.resolve("expected.csv")),
                "seeds not found (system property storyprint.shared.dir=" + shared + "): skipping the seed pipeline test");

        LocalAws aws = LocalAws.get();
        LocalAws.Tables t = aws.tables();
        CapacityMeter meter = new CapacityMeter();
        InMemoryObjectStore objects = new InMemoryObjectStore();
        InMemoryMatchQueue queue = new InMemoryMatchQueue();
        Engine engine = Engine.standard();
        FingerprintService fingerprints = new FingerprintService(engine, objects, queue, StorageLayout.DEFAULT);
        MatchService match = new MatchService(engine, objects,
                new DynamoArticleRepository(aws.dynamoDb, t.articles(), t.signatures(), meter),
                new DynamoSignatureIndex(aws.dynamoDb, t.signatures(), meter), StorageLayout.DEFAULT);

        List<String> rows = Files.readAllLines(seeds.resolve("expected.csv")).subList(1, 6);
        Map<String, String> idByFile = new HashMap<>();
        for (String row : rows) {
            String file = row.split(",")[0];
            String key = "incoming/" + file;
            objects.upload(key, Files.readAllBytes(seeds.resolve(file)), "text/plain", Map.of());
            Envelope e = fingerprints.process(key).orElseThrow();
            idByFile.put(file, e.articleId());
            match.process(queue.last());
        }
        for (String row : rows) {
            String[] f = row.split(",");
            Verdict v = VerdictJson.fromJson(new String(objects.get(StorageLayout.DEFAULT.resultKey(idByFile.get(f[0])))
                    .orElseThrow().bytes(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(Label.fromWire(f[1]), v.label(), f[0] + ": " + v.evidence().summary());
            if (!f[2].isEmpty()) {
                assertEquals(idByFile.get(f[2]), v.matchedArticleId(), f[0]);
                assertEquals(idByFile.get(f[2]), v.storyId(), f[0]);
            } else {
                assertEquals(v.articleId(), v.storyId(), f[0]);
            }
        }
        System.out.println("seeds: " + meter.snapshot());
    }
}
