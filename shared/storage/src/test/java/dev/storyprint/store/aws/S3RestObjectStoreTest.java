package dev.storyprint.store.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.store.ObjectStore;
import dev.storyprint.store.StorageLayout;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/** Against s3proxy, which checks SigV4 signatures: a wrong canonical request fails with 403. */
class S3RestObjectStoreTest {
    private final LocalAws aws = LocalAws.get();

    private S3RestObjectStore store(String bucket, String secret) {
        Config c = new Config(bucket, "unused", "unused", StorageLayout.DEFAULT, Config.DEFAULT_REGION,
                URI.create(aws.s3Endpoint()));
        return new S3RestObjectStore(AwsClients.httpClient(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalAws.ACCESS_KEY, secret)), c);
    }

    @Test
    void putGetExistsMetadataAndAwkwardKeys() {
        String bucket = aws.bucket();
        S3RestObjectStore store = store(bucket, LocalAws.SECRET_KEY);
        String key = "incoming/a b+c(1)&é.txt";
        assertFalse(store.exists(key));
        assertTrue(store.get(key).isEmpty());
        store.put(key, "héllo".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertTrue(store.exists(key));
        ObjectStore.StoredObject o = store.get(key).orElseThrow();
        assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), o.bytes());
        assertEquals("text/plain", o.contentType());
        // written by the SDK client, read by ours: same object, same metadata
        assertEquals("héllo", aws.s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String());
        aws.s3.putObject(b -> b.bucket(bucket).key("incoming/m.txt").metadata(Map.of("Source", "Wire", "published-at", "2019-07-09")),
                RequestBody.fromString("x"));
        ObjectStore.StoredObject m = store.get("incoming/m.txt").orElseThrow();
        assertEquals("Wire", m.metadata().get("source"));
        assertEquals("2019-07-09", m.metadata().get("published-at"));
    }

    @Test
    void aBadSignatureIsAnError() {
        S3RestObjectStore store = store(aws.bucket(), "wrongsecret1");
        assertThrows(IllegalStateException.class, () -> store.put("results/x.json", new byte[] {1}, "application/json"));
    }

    @Test
    void awsEndpointsFollowThePartitionAndDottedNamesGoPathStyle() {
        assertEquals(URI.create("https://news.s3.eu-west-1.amazonaws.com"), awsStore("news", "eu-west-1").endpoint());
        assertEquals(URI.create("https://news.s3.cn-north-1.amazonaws.com.cn"), awsStore("news", "cn-north-1").endpoint());
        S3RestObjectStore dotted = awsStore("news.example.com", "us-east-1");
        assertEquals(URI.create("https://s3.us-east-1.amazonaws.com"), dotted.endpoint());
        assertTrue(dotted.pathStyle());
        assertFalse(awsStore("news", "us-east-1").pathStyle());
    }

    @Test
    void theDnsSuffixShortCutAgreesWithTheSdkForEveryKnownRegion() {
        for (Region r : Region.regions()) {
            assertEquals(PartitionMetadata.of(r).dnsSuffix(), S3RestObjectStore.dnsSuffix(r.id()), r.id());
        }
        assertEquals("amazonaws.com", S3RestObjectStore.dnsSuffix("us-gov-west-1"));
        assertEquals("amazonaws.com.cn", S3RestObjectStore.dnsSuffix("cn-northwest-1"));
        assertEquals("amazonaws.com", S3RestObjectStore.dnsSuffix("mx-central-1"));
    }

    private static S3RestObjectStore awsStore(String bucket, String region) {
        Config c = new Config(bucket, "unused", "unused", StorageLayout.DEFAULT, region, null);
        return new S3RestObjectStore(AwsClients.httpClient(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")), c);
    }
}
