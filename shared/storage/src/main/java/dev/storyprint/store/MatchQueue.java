package dev.storyprint.store;

/**
 * Where the fingerprint step hands an article's {@link Envelope} to the match step: an
 * asynchronous invocation of the match function in AWS ({@code aws.LambdaMatchQueue}, which the
 * local stack emulates), or a list in tests. A send either succeeds, so the match step will run
 * (with retries and a failure destination of its own), or throws, so the fingerprint step fails
 * and is retried.
 */
public interface MatchQueue {
    void send(Envelope envelope);
}
