package dev.storyprint.store.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * The fingerprint function's one SDK call besides its S3 read, an asynchronous Invoke, run once on
 * a throwaway client whose HTTP client answers 202 in-process: marshalling, endpoint rules and
 * signing are loaded before a SnapStart snapshot, not on the first article. Kept apart from
 * {@link SdkPriming}, whose DynamoDB classes are not in the fingerprint function's jar.
 */
public final class InvokePriming {
    private InvokePriming() {}

    /** Returns the number of calls made (one). */
    public static int warm(Config config) {
        StaticCredentialsProvider dummy = StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
        // every request answered as Lambda answers a queued asynchronous invocation
        SdkHttpClient accepting = new InProcessHttpClient(r -> new InProcessHttpClient.Answer(LambdaMatchQueue.ACCEPTED,
                null, new byte[0]));
        try (LambdaClient lambda = AwsClients.lambda(config, accepting, dummy)) {
            lambda.invoke(b -> b.functionName("priming").invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{}")));
        }
        return 1;
    }
}
