package dev.storyprint.store;

/**
 * Processing cannot finish now but will on a later attempt (an article it depends on is still
 * being decided, or a write lost too many races). Handlers rethrow it so the platform retries.
 */
public class RetryableException extends RuntimeException {
    public RetryableException(String message) {
        super(message);
    }
}
