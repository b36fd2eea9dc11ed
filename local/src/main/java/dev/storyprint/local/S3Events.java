package dev.storyprint.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builds S3 notification events the way S3 delivers them to Lambda (keys URL-encoded, '+' for space). */
public final class S3Events {
    private static final AtomicLong SEQUENCER = new AtomicLong(System.nanoTime());

    private S3Events() {}

    public static S3Event objectCreated(String bucket, String key, long size, String eTag, String eventName) {
        var owner = new S3EventNotification.UserIdentityEntity("STORYPRINTLOCAL");
        var s3 = new S3EventNotification.S3Entity("storyprint-local",
                new S3EventNotification.S3BucketEntity(bucket, owner, "arn:aws:s3:::" + bucket),
                new S3EventNotification.S3ObjectEntity(encodeKey(key), size, eTag, null,
                        Long.toHexString(SEQUENCER.incrementAndGet()).toUpperCase()),
                "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord(Template.LOCAL_REGION, eventName, "aws:s3",
                Instant.now().toString(), "2.1", new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("local", "local"), s3, owner);
        return new S3Event(List.of(record));
    }

    /** S3's event encoding: form-encoding, but '/' kept as is. */
    public static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
