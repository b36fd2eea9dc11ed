package dev.storyprint.store.aws;

import dev.storyprint.store.Envelope;
import dev.storyprint.store.MatchQueue;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Sends an envelope to the match function as an asynchronous invocation: Lambda queues it, retries
 * a failed run twice and then hands it to the function's failure destination. Replaces an S3
 * object per article (a PUT and a GET, $5.40 per million articles) with the invocation the match
 * function was billed for anyway.
 */
public final class LambdaMatchQueue implements MatchQueue {
    /** What Lambda answers when it has queued an asynchronous invocation. */
    static final int ACCEPTED = 202;
    /**
     * Largest payload sent. Lambda takes up to 1 MB asynchronously but bills each 64 KB above
     * 256 KB as another request; the engine's limits (25,000 words) keep an envelope near 100 KB.
     */
    public static final int MAX_PAYLOAD_BYTES = 256 * 1024;

    private final LambdaClient lambda;
    private final String function;

    /** @param function the match function's name or ARN (its alias, so the published version runs) */
    public LambdaMatchQueue(LambdaClient lambda, String function) {
        this.lambda = Objects.requireNonNull(lambda, "lambda");
        this.function = Objects.requireNonNull(function, "function");
    }

    @Override
    public void send(Envelope envelope) {
        byte[] payload = envelope.toJson();
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalStateException("envelope of article " + envelope.articleId() + " is " + payload.length
                    + " bytes, over " + MAX_PAYLOAD_BYTES + ": the engine's size limits no longer bound it");
        }
        InvokeResponse r = lambda.invoke(b -> b.functionName(function).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromByteArrayUnsafe(payload)));
        if (r.statusCode() != ACCEPTED) {
            // Thrown, not logged: the fingerprint invocation fails and is retried, nothing is lost.
            throw new IllegalStateException("match function " + function + " did not queue article "
                    + envelope.articleId() + ": status " + r.statusCode());
        }
    }
}
