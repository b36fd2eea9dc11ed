package dev.storyprint.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.storyprint.engine.ArticleIds;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Stands in for the fingerprint function: copies the text to fingerprints/<articleId>.json. */
public final class EchoFingerprintHandler implements RequestHandler<S3Event, Void> {
    private final S3Client s3 = Env.s3();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        for (var r : event.getRecords()) {
            String bucket = r.getS3().getBucket().getName();
            String key = r.getS3().getObject().getUrlDecodedKey();
            byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.contains("THROW")) {
                throw new IllegalStateException("asked to fail by " + key);
            }
            String id = ArticleIds.of(key, bytes);
            String json = "{\"articleId\":\"" + id + "\",\"key\":\"" + key.replace("\"", "") + "\",\"empty\":"
                    + text.isBlank() + "}";
            s3.putObject(b -> b.bucket(bucket).key(Env.get("FINGERPRINTS_PREFIX") + id + ".json"),
                    RequestBody.fromString(json));
        }
        return null;
    }
}
