package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
