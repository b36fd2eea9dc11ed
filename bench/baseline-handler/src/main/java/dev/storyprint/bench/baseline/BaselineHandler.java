package dev.storyprint.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

/**
 * The cold-start baseline of the S3-triggered functions: the same SDK calls as their first event
 * ({@link SameIo}: GET the triggering object, the recorded DynamoDB operations, PUT a result),
 * none of their code.
 */
public final class BaselineHandler implements RequestHandler<S3Event, Void> {
    /** Built when the handler is (Lambda's init), as the functions build theirs. */
    static final Object CLIENTS = SameIo.S3;

    @Override
    public Void handleRequest(S3Event event, Context context) {
        var s3 = event.getRecords().get(0).getS3();
        SameIo.run(s3.getBucket().getName(), s3.getObject().getUrlDecodedKey(), SameIo.env("RESULTS_PREFIX", "results/"));
        return null;
    }
}
