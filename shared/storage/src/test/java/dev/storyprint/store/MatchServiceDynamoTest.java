package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import dev.storyprint.store.aws.CapacityMeter;
import dev.storyprint.store.aws.DynamoArticleRepository;
import dev.storyprint.store.aws.DynamoSignatureIndex;
import dev.storyprint.store.aws.LocalAws;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The match protocol on DynamoDB Local. */
class MatchServiceDynamoTest extends MatchServiceContract {
    private final LocalAws aws = LocalAws.get();
    private final CapacityMeter meter = new CapacityMeter();
    private LocalAws.Tables tables;

    @Override
    ArticleRepository repository() {
        tables = aws.tables();
        return new DynamoArticleRepository(aws.dynamoDb, tables.articles(), tables.signatures(), meter);
    }

    @Override
    SignatureIndex signatureIndex() {
        return new DynamoSignatureIndex(aws.dynamoDb, tables.signatures(), meter);
    }

    @Test
    void aCopyOfADecidedStoryReadsStronglyOnlyTheKeysItsStoryLacks() {
        ArticleRepository repo = repository();
        MatchService service = new MatchService(ENGINE, new InMemoryObjectStore(), repo, signatureIndex(),
                StorageLayout.DEFAULT);
        Envelope source = envelope("incoming/a.txt", story(23), null);
        Verdict a = service.process(source);
        long[] sourceKeys = KeySample.of(Fingerprint.decode(source.fingerprint()));
        Envelope copy = envelope("incoming/copy.txt",
                story(23) + "\n\nCopyright Harbour Wire. Additional reporting by Jo Park in Lindqvistville.", null);
        meter.reset();
        Verdict c = service.process(copy);
        assertEquals(Label.SYNDICATED, c.label());
        assertEquals(a.storyId(), c.storyId());
        long lacking = Arrays.stream(KeySample.of(Fingerprint.decode(copy.fingerprint())))
                .filter(k -> Arrays.stream(sourceKeys).noneMatch(s -> s == k)).count();
        CapacityMeter.Snapshot s = meter.snapshot();
        CapacityMeter.Usage strong = s.byOperation().get("BatchGetItem.sigs");
        // the keys the source holds were settled by the pre-write read; one unit per key read strongly
        assertEquals(lacking, strong == null ? 0 : strong.readUnits(), 1e-9, s.toString());
    }
}
