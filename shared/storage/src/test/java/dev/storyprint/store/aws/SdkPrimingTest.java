package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.storyprint.store.StorageLayout;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Priming walks every store operation on in-process answers: no network, no credentials, no error. */
class SdkPrimingTest {
    /**
     * GetItem, PutItem, PutItem + 2 key UpdateItems, 2 counter UpdateItems, BatchGetItem (keys),
     * 2 story UpdateItems, BatchGetItem (records), Query, S3 GET and PUT.
     */
    static final int CALLS = 14;

    @Test
    void warmsEveryOperationWithoutTouchingTheEndpoint() {
        // Port 9 (discard) is closed here: any request that left the process would fail the warm-up.
        Config unreachable = new Config("bucket", "articles", "signatures", StorageLayout.DEFAULT, "us-east-1",
                URI.create("http://127.0.0.1:9"));
        assertEquals(CALLS, SdkPriming.warm(unreachable));
    }

    @Test
    void warmsTheStandardEndpointPathOfARegion() {
        // No override: the endpoint rules resolve the real regional endpoint, which is never contacted.
        Config aws = new Config("bucket", "articles", "signatures", StorageLayout.DEFAULT, "eu-west-1", null);
        assertEquals(CALLS, SdkPriming.warm(aws));
    }
}
