package dev.storyprint.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Stands in for the match function: every article is an original of its own story, empty ones rejected. */
public final class EchoMatchHandler implements RequestStreamHandler {
    private final S3Client s3 = Env.s3();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String fp = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        String id = fp.replaceAll(".*\"articleId\":\"([0-9a-f]+)\".*", "$1");
        boolean empty = fp.contains("\"empty\":true");
        String verdict = empty
                ? "{\"articleId\":\"" + id + "\",\"label\":\"rejected\",\"storyId\":null,\"matchedArticleId\":null,"
                        + "\"confidence\":1.0,\"reason\":\"empty\"}"
                : "{\"articleId\":\"" + id + "\",\"label\":\"original\",\"storyId\":\"" + id
                        + "\",\"matchedArticleId\":null,\"confidence\":1.0,\"scores\":{},\"evidence\":{}}";
        s3.putObject(b -> b.bucket(Env.get("ARTICLES_BUCKET")).key(Env.get("RESULTS_PREFIX") + id + ".json"),
                RequestBody.fromString(verdict));
    }
}
