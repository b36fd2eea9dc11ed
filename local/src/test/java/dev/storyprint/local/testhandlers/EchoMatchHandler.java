package dev.storyprint.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Stands in for the match function: every article is an original of its own story, empty ones rejected. */
public final class EchoMatchHandler implements RequestHandler<S3Event, Void> {
    private final S3Client s3 = Env.s3();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        for (var r : event.getRecords()) {
            String bucket = r.getS3().getBucket().getName();
            String key = r.getS3().getObject().getUrlDecodedKey();
            String fp = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
            String id = fp.replaceAll(".*\"articleId\":\"([0-9a-f]+)\".*", "$1");
            boolean empty = fp.contains("\"empty\":true");
            String verdict = empty
                    ? "{\"articleId\":\"" + id + "\",\"label\":\"rejected\",\"storyId\":null,\"matchedArticleId\":null,"
                            + "\"confidence\":1.0,\"reason\":\"empty\"}"
                    : "{\"articleId\":\"" + id + "\",\"label\":\"original\",\"storyId\":\"" + id
                            + "\",\"matchedArticleId\":null,\"confidence\":1.0,\"scores\":{},\"evidence\":{}}";
            s3.putObject(b -> b.bucket(bucket).key(Env.get("RESULTS_PREFIX") + id + ".json"),
                    RequestBody.fromString(verdict));
        }
        return null;
    }
}
