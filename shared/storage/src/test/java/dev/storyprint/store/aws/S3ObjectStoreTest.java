package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.store.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

class S3ObjectStoreTest {
    private final LocalAws aws = LocalAws.get();

    @Test
    void putGetExistsAndUserMetadata() {
        String bucket = aws.bucket();
        S3ObjectStore store = new S3ObjectStore(aws.s3, bucket);
        assertFalse(store.exists("results/x.json"));
        assertTrue(store.get("results/x.json").isEmpty());
        store.put("results/x.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertTrue(store.exists("results/x.json"));
        ObjectStore.StoredObject o = store.get("results/x.json").orElseThrow();
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), o.bytes());
        assertEquals("application/json", o.contentType());

        aws.s3.putObject(b -> b.bucket(bucket).key("incoming/a b.txt").contentType("text/plain")
                        .metadata(Map.of("Source", "Reuters", "published-at", "2019-07-09T10:00:00Z")),
                RequestBody.fromString("hello"));
        ObjectStore.StoredObject in = store.get("incoming/a b.txt").orElseThrow();
        assertEquals("Reuters", in.metadata().get("source"), "metadata names are lower-cased");
        assertEquals("2019-07-09T10:00:00Z", in.metadata().get("published-at"));
    }

    @Test
    void boundedReadsReturnOnlyTheSizeOfWhatIsTooLarge() {
        String bucket = aws.bucket();
        S3ObjectStore store = new S3ObjectStore(aws.s3, bucket);
        byte[] big = new byte[3_000_000];
        aws.s3.putObject(b -> b.bucket(bucket).key("incoming/big.txt").metadata(Map.of("title", "Big")),
                RequestBody.fromBytes(big));
        ObjectStore.StoredObject over = store.get("incoming/big.txt", 1_000_000).orElseThrow();
        assertNull(over.bytes(), "content over the bound is not read");
        assertEquals(3_000_000, over.size());
        assertEquals("Big", over.metadata().get("title"));
        ObjectStore.StoredObject within = store.get("incoming/big.txt", 3_000_000).orElseThrow();
        assertEquals(3_000_000, within.bytes().length);
        ObjectStore.StoredObject head = store.head("incoming/big.txt").orElseThrow();
        assertNull(head.bytes());
        assertEquals(3_000_000, head.size());
        assertEquals("Big", head.metadata().get("title"));
        assertTrue(store.get("incoming/none.txt", 10).isEmpty());
        assertTrue(store.head("incoming/none.txt").isEmpty());
    }
}
