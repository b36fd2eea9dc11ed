package dev.storyprint.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

/** Stands in for a function during an outage: every invocation fails, so its retries are spent. */
public final class OutageHandler implements RequestHandler<S3Event, Void> {
    @Override
    public Void handleRequest(S3Event event, Context context) {
        throw new IllegalStateException("simulated outage");
    }
}
