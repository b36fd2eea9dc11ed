package dev.storyprint.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.storyprint.engine.ArticleIds;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.s3.S3Client;

/** Stands in for the fingerprint function: invokes the match function with a small JSON of the upload. */
public final class EchoFingerprintHandler implements RequestHandler<S3Event, Void> {
    private final S3Client s3 = Env.s3();
    private final LambdaClient lambda = Env.lambda();

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
            lambda.invoke(b -> b.functionName(Env.get("MATCH_FUNCTION")).invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String(json)));
        }
        return null;
    }
}
